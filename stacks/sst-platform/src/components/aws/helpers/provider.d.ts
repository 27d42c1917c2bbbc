import { Provider, Region } from "@pulumi/aws";
export declare const useProvider: (region: Region) => Provider;
