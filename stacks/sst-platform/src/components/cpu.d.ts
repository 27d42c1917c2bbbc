export type Cpu = `${number} ${"vCPU"}`;
export declare function toNumber(cpu: Cpu): number;
