/** How context changes the reading of an ambiguous unit. */
export interface UnitParseOptions {
  /**
   * What lowercase "mt" and all-caps "MT" (also in "mtCO2e", "MTCO2e") mean. US documents use them
   * for the metric ton (Microsoft's data fact sheet: "mtCO2e"), so the default is `'metric-ton'`;
   * pass `'megatonne'` when the document says so. "Mt" (SI: mega + t) is always the megatonne.
   */
  readonly mt?: 'metric-ton' | 'megatonne';
  /** Currency code of a bare "$" (default `'USD'`); HK$, US$, NT$ and the like are always explicit. */
  readonly dollar?: string;
  /**
   * Currency code of a bare "pesos" (default `'MXN'`); "pesos colombianos", "pesos chilenos" and the
   * ISO codes are always explicit. Mexico, Colombia, Chile, Argentina and the Philippines all print
   * "pesos", so a document says which (see extraction's home currency).
   */
  readonly peso?: string;
  /**
   * Currency code of a bare "¥" (default `'JPY'`): the sign stands for the yen and for the renminbi
   * alike, so a document that names the renminbi (RMB, CNY, yuan) says which. "JPY", "RMB" and the
   * like are always explicit.
   */
  readonly yen?: string;
  /**
   * Currency code of a bare "dirham(s)" (default `'AED'`): the UAE and Morocco both print "dirhams",
   * so a document says which (MAD, MMAD, "dirhams marocains"; see extraction's home currency).
   */
  readonly dirham?: string;
  /**
   * Currency code of a bare "kr." / "kroner" / "kronor" (default `'DKK'`): Denmark, Norway and Sweden all
   * print the krone as "kr.", so a document says which (SEK, MSEK, "kronor"; NOK, MNOK; see extraction's
   * home currency).
   */
  readonly krone?: string;
  /**
   * Whether an unrecognised plain noun phrase ("patents", "dormitories") is read as a count of those
   * things (default true). Set false to get UNIT_UNKNOWN instead.
   */
  readonly countNouns?: boolean;
}

/** How a document writes decimals; `undefined` decides per number by the rule in digits.ts. */
export interface NumberParseOptions {
  readonly decimalSeparator?: '.' | ',';
}
