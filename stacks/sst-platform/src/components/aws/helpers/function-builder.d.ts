import { ComponentResourceOptions, Input, Output } from "@pulumi/pulumi";
import { Function, FunctionArgs, FunctionArn } from "../function.js";
import { Workflow } from "../workflow.js";
import { Transform } from "../../component";
export type FunctionBuilder = Output<{
    getFunction: () => Function;
    arn: Output<string>;
    targetArn: Output<string>;
    qualifier: Output<string | undefined>;
    targetInvokeArn: Output<string>;
    targetResponseStreamingInvokeArn: Output<string>;
}>;
export declare function functionBuilder(name: string, definition: Input<string | Workflow | Function | FunctionArgs | FunctionArn>, defaultArgs: Pick<FunctionArgs, "description" | "link" | "environment" | "permissions" | "url" | "streaming" | "_skipHint">, argsTransform?: Transform<FunctionArgs>, opts?: ComponentResourceOptions): FunctionBuilder;
