/**
 * Sites a story must not cite: content farms, scrapers, partisan aggregators and encyclopedia mirrors, listed with
 * the reason each is unfit in `unfitSourceDomains.json`. `npm run validate` refuses any source or place citation
 * that links to one of them, naming the file, the feature, the field, the site and why (issue 19: "prefer the
 * primary record and wire services; never a content farm, satire or mirror").
 */
import { readFileSync } from 'node:fs';
import type { DataProblem } from '../src/domain/dataProblem';

/** One site not fit to cite: a hostname (its subdomains are unfit too) and why. */
export interface UnfitDomain {
  readonly domain: string;
  readonly reason: string;
}

/** A link of a story file: where it is (feature id and field) and its URL. */
export interface Link {
  readonly featureId: string;
  readonly field: string;
  readonly url: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The links of a GeoJSON file as written (before the schema, so that a feature refused for another reason is
 * still checked): each feature's `properties.sources[i].url` and `properties.citations[i].url`.
 */
export function linksOf(json: unknown): Link[] {
  const features = isRecord(json) && Array.isArray(json.features) ? json.features : [];
  return features.flatMap((feature, position) => {
    if (!isRecord(feature) || !isRecord(feature.properties)) return [];
    const featureId = typeof feature.id === 'string' ? feature.id : `#${position}`;
    const properties = feature.properties;
    return (['sources', 'citations'] as const).flatMap((key) => {
      const list = properties[key];
      if (!Array.isArray(list)) return [];
      return list.flatMap((entry, index) =>
        isRecord(entry) && typeof entry.url === 'string'
          ? [{ featureId, field: `properties.${key}[${index}].url`, url: entry.url }]
          : [],
      );
    });
  });
}

const HOSTNAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Checks the list's shape: lowercase hostnames without "www.", each with a reason, none twice. */
export function parseUnfitDomains(json: unknown): UnfitDomain[] {
  if (!Array.isArray(json)) throw new Error('unfitSourceDomains.json: expected an array of { domain, reason }');
  const seen = new Set<string>();
  return json.map((entry, index) => {
    const where = `unfitSourceDomains.json: [${index}]`;
    const { domain, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof domain !== 'string' || !HOSTNAME.test(domain) || domain.startsWith('www.')) {
      throw new Error(`${where}.domain: expected a lowercase hostname without "www.", got ${JSON.stringify(domain)}`);
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`${where}.reason: expected why ${domain} is not fit to cite`);
    }
    if (seen.has(domain)) throw new Error(`${where}.domain: ${domain} is listed twice`);
    seen.add(domain);
    return { domain, reason };
  });
}

/** The list kept in the repository. */
export const UNFIT_DOMAINS: readonly UnfitDomain[] = parseUnfitDomains(
  JSON.parse(readFileSync(new URL('./unfitSourceDomains.json', import.meta.url), 'utf8')),
);

/** The listed site `url` links to (its host or a subdomain of it), if any. */
export function unfitDomainOf(url: string, list: readonly UnfitDomain[] = UNFIT_DOMAINS): UnfitDomain | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined; // not a URL: the schema reports it
  }
  return list.find((entry) => host === entry.domain || host.endsWith(`.${entry.domain}`));
}

/** One problem per link of `file` (a story's events or places file, parsed) to a listed site. */
export function findUnfitLinks(
  file: string,
  json: unknown,
  list: readonly UnfitDomain[] = UNFIT_DOMAINS,
): DataProblem[] {
  return linksOf(json).flatMap(({ featureId, field, url }) => {
    const unfit = unfitDomainOf(url, list);
    if (!unfit) return [];
    const message = `links to ${unfit.domain}, which is not fit to cite (${unfit.reason}): cite the original outlet, a wire service or the primary record instead (scripts/unfitSourceDomains.json)`;
    return [{ file, featureId, field, message }];
  });
}
