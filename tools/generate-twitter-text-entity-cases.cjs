// Writes tests/conformance/twitter-text/entity-cases.json: for every text of the counting cases and a list of texts rich in
// links, mentions, lists, hashtags and cashtags, what twitter-text 3.1.0's extractEntitiesWithIndices finds in the
// NFC-normalised text (kind, start, end: UTF-16 indices). The C# port (TweetEntities) must find the same.
// Usage: node tools/generate-twitter-text-entity-cases.cjs (after dotnet build or npm ci in src/CpdTwitter.Web).
const fs = require('fs');
const path = require('path');
const twttr = require(path.join(__dirname, '..', 'src', 'CpdTwitter.Web', 'node_modules', 'twitter-text'));
const folder = path.join(__dirname, '..', 'tests', 'conformance', 'twitter-text');
const read = (name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
const official = read('official-v3-cases.json').map((c) => c.text);
const generated = read('generated-cases.json').cases.map((c) => c.text);
const handWritten = [
  'Plain text, nothing to mark.',
  '@CPD_1st_Dist thanks! cc @ChicagoPolice @a_very_long_name_over_twenty_chars',
  'RT @someone: a retweet prefix, rt:@lower and email@example.com is not a mention',
  'List: @ChicagoPolice/district-news and @x/1bad and @user/ok_list-name',
  '@@double @＠fullwidth ＠fullwidth2 @name@after @name√ @nameé @user://x',
  '#SafeSummer #2024 #CPD_news #tag#tag #ñandú #日本語 #한국어 ＃fullwidth #tag://x',
  '#️⃣ keycap, #\uFE0F, a#b, &#amp; x #café #123abc #_under',
  '$AAPL $aapl $BRK.A $BRK.B $TOOLONG $A_B $1234 price$GOOG ($MSFT) $X.yz!',
  'Visit https://www.chicagopolice.org/ or chicagopolice.org/news/2024/summer-safety-tips-for-everyone',
  'Two links: https://example.com/a/very/long/path/that/keeps/going?with=query&and=more#frag and http://t.co/abc123',
  'Short www.example.com/x and WWW.EXAMPLE.COM/ABCDEFGHIJKLMNOPQRSTUVWXYZ and https://example.com',
  'Mixed #tag https://example.com/#tag @user https://example.com/@user $CASH',
  'Line one\nLine two with @mention\n\n#hashtag on line four',
  '<b>x</b> &amp; "quoted" \'single\' #<script> @<user>',
  'Emoji 👮‍♀️🚓 #police🚓 @user😀 CJK 警察 #警察 https://例え.jp/パス',
  'Tab\t#tag\u00A0#nbsp\u3000#ideographic $TAB\t$NBSP\u00A0',
  'example.com@user #hash.com $AB.com http://@user.com',
];
const texts = [...new Set([...handWritten, ...official, ...generated])];
const kind = (e) => (e.url !== undefined ? 'url' : e.screenName !== undefined ? 'mention' : e.hashtag !== undefined ? 'hashtag' : 'cashtag');
const cases = texts.map((text) => {
  const normalized = text.normalize();
  return { text, entities: twttr.extractEntitiesWithIndices(normalized).map((e) => ({ kind: kind(e), start: e.indices[0], end: e.indices[1] })) };
});
fs.writeFileSync(path.join(folder, 'entity-cases.json'), JSON.stringify({
  source: 'twitter-text 3.1.0 extractEntitiesWithIndices on text.normalize(); written by tools/generate-twitter-text-entity-cases.cjs',
  cases,
}, null, 1).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\n');
console.log(cases.length, 'cases,', cases.reduce((n, c) => n + c.entities.length, 0), 'entities');
