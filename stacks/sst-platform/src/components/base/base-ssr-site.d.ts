import { Resource } from "@pulumi/pulumi";
import { Prettify } from "../component";
import { Input } from "../input";
import { BaseSiteDev } from "./base-site";
export interface BaseSsrSiteArgs {
    dev?: false | Prettify<BaseSiteDev>;
    buildCommand?: Input<string>;
    environment?: Input<Record<string, Input<string>>>;
    link?: Input<any[]>;
    path?: string;
}
export declare function buildApp(parent: Resource, name: string, args: BaseSsrSiteArgs, sitePath: Input<string>, buildCommand?: Input<string>, buildEnvironment?: Input<Record<string, Input<string>>>): any;
