import { ComponentResourceOptions } from "@pulumi/pulumi";
export declare function setupApiGatewayAccount(namePrefix: string, opts: ComponentResourceOptions): $util.Output<import("@pulumi/aws/apigateway/account").Account>;
