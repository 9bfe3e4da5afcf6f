// Common English function words (the usual information-retrieval list). They carry no
// subject matter, so they are neither indexed nor counted when a claim is compared.
const STOPWORDS = new Set(
  (
    'a about above after again against all almost also am among an and any are aren as at be because been before being ' +
    'below between both but by can cannot could couldn did didn do does doesn doing don down during each either else etc ' +
    'even ever every few for from further had hadn has hasn have haven having he her here hers herself him himself his ' +
    'how however i if in into is isn it its itself just let may me might more most mostly much must mustn my myself neither no nor ' +
    'not now of off often on once one ones only or other others ought our ours ourselves out over own per quite rather same shall shan she ' +
    'should shouldn so some such than that the their theirs them themselves then there these they this those through ' +
    'thus to too under until up upon us very via was wasn we were weren what when where whether which while who whom ' +
    'whose why will with within without won would wouldn yet you your yours yourself yourselves ' +
    "eg e.g ie i.e also already around about approximately nearly roughly s t ll re ve d m"
  ).split(/\s+/),
);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
