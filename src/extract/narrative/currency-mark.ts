// Currency marks printed before an amount in prose: ISO 4217 codes and the local abbreviations of the
// markets the unit registry knows ("RMB", "Rs", "RM", "KShs", "TL", the taka's "Tk", the Gulf's "KD", "BD", "RO",
// "QR"), a dollar sign with its country's
// letters ("HK$", "NZ$", "R$" the Brazilian real) and the currency signs. One list for the sentence
// reader, the comparatives in brackets and the test that skips those comparatives.
const CODES =
  'RMB|HKD|USD|EUR|GBP|CNY|SEK|SGD|AUD|CAD|JPY|MOP|KRW|MYR|RM|TWD|THB|IDR|Rp|PHP|INR|Rs\\.?|ZAR|CHF|' +
  'BRL|VND|NZD|SAR|AED|MAD|QAR|QR|KWD|KD|BD|RO|KES|KShs?|TRY|TL|CLP|MXN|COP|PKR|LKR|BDT|Tk\\.?|NGN|EGP|PLN|CZK|HUF|ILS|NOK|DKK|' +
  // The registry's other ISO 4217 codes (Gulf, Central Asian, African, Latin American and smaller European markets).
  'OMR|BHD|KZT|GHS|ARS|PEN|ZMW|TZS|UGX|RWF|MWK|BWP|NAD|ETB|XOF|XAF|MZN|AOA|TND|DZD|JOD|IQD|LBP|RON|BGN|UAH|' +
  'ISK|RSD|AZN|UZS|MNT|NPR|MMK|KHR|BND|FJD|PGK|TTD|JMD|GTQ|UYU|PYG|HNL';
// The dollars the registry marks with their country's letters before "$" (AU$, CA$, TT$, J$ …), longest first.
/** A dollar sign with its country's letters before it, if any ("TT$", "HK$", "$"); no group captures. */
export const DOLLAR_MARK = '(?:\\b(?:MOP|COP|HK|US|NT|NZ|AU|CA|TT|S|A|C|R|N|J))?\\$';
// The signs of currencies with a sign of their own: the tögrög's ₮, the hryvnia's ₴, the manat's ₼, the cedi's ₵.
const SIGNS = '¥|€|£|₹|₺|₦|₪|₮|₴|₼|₵';

/** A regular-expression source matching one currency mark (no group captures). */
export const CURRENCY_MARK = `(?:\\b(?:${CODES})|${DOLLAR_MARK}|${SIGNS})`;
