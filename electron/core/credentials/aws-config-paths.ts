import { join } from 'node:path';

export interface AwsConfigPaths {
  config: string;
  credentials: string;
}

/** `~` and `~/…` name the home folder, as the AWS CLI reads them. */
export function expandHome(path: string, homeDir: string): string {
  return path === '~' || path.startsWith('~/') ? join(homeDir, path.slice(1)) : path;
}

/**
 * The AWS CLI's two files: `~/.aws/config` and `~/.aws/credentials`, or where
 * `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` point (a leading ~ is the home folder).
 */
export function awsConfigPaths(
  homeDir: string,
  env: NodeJS.ProcessEnv = process.env,
): AwsConfigPaths {
  const configured = (name: string, fallback: string): string => {
    const value = env[name];
    return value === undefined || value === ''
      ? join(homeDir, '.aws', fallback)
      : expandHome(value, homeDir);
  };
  return {
    config: configured('AWS_CONFIG_FILE', 'config'),
    credentials: configured('AWS_SHARED_CREDENTIALS_FILE', 'credentials'),
  };
}
