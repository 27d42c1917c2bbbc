/** Stages whose data must outlive `sst remove`: retained and protected. */
export const isProduction = (stage: string) => stage === "production" || stage === "prod";

/** Stages for development: no point-in-time recovery (it costs per GB-month). */
export const isDevelopment = (stage: string) => stage === "dev" || stage.startsWith("dev-");
