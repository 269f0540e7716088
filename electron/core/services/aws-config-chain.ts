/**
 * How far a role profile's `source_profile` links may lead: the AWS CLI follows them until a
 * profile gives keys or signs in itself (SSO, web identity, credential_process, environment).
 * A limit keeps a long chain from asking STS over and over at each renewal.
 */
export const ROLE_CHAIN_MAX_ROLES = 5;

/** A profile that asks for its role with another profile's keys, as the AWS CLI reads it. */
function sourcedRole(values: ReadonlyMap<string, string>): string | undefined {
  // SSO and a web identity token come before role_arn in the same profile (signInSourceOf).
  if (values.has('sso_session') || values.has('sso_start_url')) return undefined;
  if (values.has('web_identity_token_file')) return undefined;
  if (!values.has('role_arn')) return undefined;
  const source = values.get('source_profile') ?? '';
  return source === '' ? undefined : source;
}

/**
 * Why the chain of `source_profile` links from `name` cannot be followed, or undefined when it
 * ends at a profile that gives keys or signs in itself. A loop names its profiles in order, so
 * the user sees which link to mend; a profile linking to itself is a loop too (Holdall does not
 * take a role profile's own keys as its source). `profileOf`: a profile's settings, the
 * credentials file's over the config file's.
 */
export function roleChainProblem(
  name: string,
  profileOf: (name: string) => ReadonlyMap<string, string> | undefined,
): string | undefined {
  const chain = [name];
  let current = profileOf(name);
  for (;;) {
    const next = current === undefined ? undefined : sourcedRole(current);
    if (next === undefined) return undefined;
    const seen = chain.indexOf(next);
    if (seen >= 0) {
      return `Its source_profile links loop: ${[...chain.slice(seen), next].join(' → ')}.`;
    }
    chain.push(next);
    if (chain.length - 1 > ROLE_CHAIN_MAX_ROLES) {
      return `Its source_profile links go through more than ${ROLE_CHAIN_MAX_ROLES} roles: ${chain.join(' → ')}.`;
    }
    current = profileOf(next);
    if (current === undefined) {
      return `Its source_profile ${next} is in neither AWS CLI file.`;
    }
  }
}
