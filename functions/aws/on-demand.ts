/**
 * The API function's AWS clients that a check-in does not use, in a module of their own that
 * functions/aws/deps.ts imports on first use (issue 20: cold start): the keystore's Secrets
 * Manager vault (joins, the keystore routes) and the sweeper's Lambda trigger (a check-in that
 * finds a sweep due).
 */
import { LambdaClient } from "@aws-sdk/client-lambda";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { lambdaSweepTrigger } from "../../adapters/lambda-sweep-trigger";
import { type SecretsManagerVaultOptions, secretsManagerVault } from "../../adapters/secrets-manager-vault";

export const keystoreVault = (options: SecretsManagerVaultOptions) => secretsManagerVault(new SecretsManagerClient({}), options);

export const sweepTrigger = (functionName: string, onError: (error: Error) => void) => lambdaSweepTrigger(new LambdaClient({}), functionName, onError);
