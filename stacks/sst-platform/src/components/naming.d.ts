export declare function logicalName(name: string): string;
export declare function physicalName(max: number, name: string, suffix?: string): string;
export declare function prefixName(max: number, name: string): string;
export declare function hashNumberToPrettyString(number: number, length: number): string;
export declare function hashStringToPrettyString(str: string, length: number): string;
export declare const PRETTY_CHARS = "abcdefhkmnorstuvwxz";
