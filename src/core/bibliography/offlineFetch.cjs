// citation-js can fetch DOIs and URLs given as input; brief-lens never lets it (no part of the
// engine may reach the network). The bundles map sync-fetch and node-fetch to this module
// (bundleAliases.js): any fetch fails, and no networking module is bundled.
'use strict';
function offline() {
  throw new Error('brief-lens reads bibliographies offline: fetching is disabled');
}
class Headers {}
offline.Headers = Headers;
module.exports = offline;
module.exports.default = offline;
module.exports.Headers = Headers;
