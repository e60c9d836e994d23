import type { CountryCode } from './types.js';

/** Normalises a country code as publishers write it (` pl `, `Pl`); undefined for anything else. */
export const countryCode = (input: string | null | undefined): CountryCode | undefined => {
  const code = input?.trim().toUpperCase();
  return code && /^[A-Z]{2}$/.test(code) ? code : undefined;
};
