/**
 * The region a stage deploys to: ROSTER_AWS_REGION, else us-east-1, whatever the operator's
 * AWS profile says, so two deploys of one stage from different shells cannot land in two
 * regions. Never change it for a deployed stage: the stage's resources would be created anew
 * in the other region (and the old table's data stay behind, or block the deploy if protected).
 */
export const DEFAULT_REGION = "us-east-1";

export const deployRegion = (env: Record<string, string | undefined>) => env.ROSTER_AWS_REGION || DEFAULT_REGION;
