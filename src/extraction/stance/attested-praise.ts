// Words of praise that two lexicons agree on. wink-nlp's lexicon scores as praise many words that judge nothing
// ("work", "able", "key", "diverted", "color"), which read a report as taking a side. A word's praise counts only
// where VADER's lexicon, rated by ten people a word, also rates it positive (C. J. Hutto and E. Gilbert, "VADER: A
// Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014; vader_lexicon.txt, MIT
// licence). Listed: VADER's words of mean rating above 0 of which wink-nlp scores the word, or one of its regular
// inflections, above 0 (the rest would keep no praise wink-nlp does not give).

const ATTESTED = new Set(
  `fav ftw gla lmao lmfao lol ok pls plz rofl roflmao rotfl rotflmfao rotflol thx tnx true xoxo abilities ability
  aboard absolve absolved absolves absolving accept acceptability acceptable acceptableness acceptably acceptance
  acceptant accepted accepting accepts accomplish accomplished accomplishes achievable acquit acquits acquitted
  acquitting active adequate admirability admirable admirableness admirably admiration admire admired admires
  admiring admiringly adopt adopts adorable adoration adore adored adores adoring adoringly adorn adorned advanced
  advantage advantageous advantageously advantages adventure adventures adventurous affection affectional
  affectionate affectionately agog agree agreeability agreeable agreeableness agreeably agreed agreement agrees
  alive allow alright amaze amazed amazes amazing ambitious amorous amuse amused amusement amusements amusing
  amusive anticipation appease appeased appeases appeasing applaud applauded applauding applauds applause appreciate
  appreciated appreciates appreciating appreciation appreciative appreciatively appreciativeness approval approved
  approves ardent asset assets assure assured assuring astonished astound astounded astounding astoundingly astounds
  attract attracted attracting attraction attractions attractive attractively attractiveness attracts audacious
  authority avid award awarded awards awesome backed backing bargain beatific beauteous beauteousness beauties
  beautiful beautifully beautify beauty beloved benefic beneficence beneficent beneficial beneficially benefit
  benefits benefitted benefitting benevolence benevolent benevolently benignant best better bless blessed blesses
  blessing blessings bliss blissful blithe blockbuster bold boldly boost boosted boosting boosts brave bravery
  breathtaking bright brightest brightness brilliance brilliances brilliant brisk buoyant calm calmed calming calms
  capable captivated care carefree careful carefully carefulness cares caring celebrate celebrated celebrates
  celebrating certain champion championed champions chance chances charitable charm charmed charming charmingly
  cheer cheered cheerful cheerfully cheerfulness cheerily cheering cheers cheery cherish cherished cherishes
  cherishing chic clarifies clarity classy clean cleaner clever comedy comfort comfortable comfortableness
  comfortably comforting comforts commend commended commit commitment commits committed committing compassionate
  compelled competent competitive compliment complimented compliments comprehensive conciliate conciliated
  conciliates conciliating confidence confident confidently congrats congratulate congratulation congratulations
  consent consents contented contentment convince convinced convinces convivial cool courage courageous courageously
  courageousness courteous courtesy coziness creative creativeness creativity credit creditable credited
  creditworthy curious cute darling dear dearly debonair decisive dedicated defender defenders definite delectable
  delicious delight delighted delightful delightfully delighting delights desirable desire desired desirous
  determinable determined devote devoted devotion devotional diamond dignify dignifying dignity dream dreams eager
  eagerness earnest ease easy ecstatic effective effectively elated elation elegant elegantly embrace empathetic
  enchanted encourage encouraged encouragement encourages encouraging encouragingly endorse endorsed endorsement
  endorses energetic engage engages engaging engrossed enjoy enjoyable enjoyably enjoyed enjoying enjoys enlighten
  enlightened enlightening enlightens enrapture ensure ensuring enterprising entertain entertained entertaining
  enthusiasm enthusiastic enthusiastically entitled entrusted esteemed ethical euphoria euphoric excellence
  excellent excite excited excitement exciting exclusive exhilarated exhilarates exhilarating exonerate exonerated
  exonerates exonerating expand expands exploration explorations extend extends exuberant exultant exultantly fab
  fabulous fair faith faithful fame fan fantastic fascinate fascinated fascinates fascination fascinating fav fave
  favor favorable favorably favored favorite favorited favorites favors favour favoured favours fearless
  fearlessness feeling fervent fervid festive festivity fine fit fitness flagship flatter flattering flawless
  flawlessly flirtatious focused fond fondness forgive forgiving fortunate free freebee freebie freedom freedoms
  freehearted freewill fresh friend friendliness friendly friendship frisky fulfill fulfilled fulfills fun funnier
  funny gain gained gaining gains gallant gallantly gallantry generous generously genial gift giving glad glamorous
  glamourize glamourous glee gleeful glorious glory god godsend good goodness gorgeous grace graceful gracefulness
  gracious graciously graciousness grand grandeur grant granted granting grants grateful gratefulness gratification
  gratify gratifying gratitude great greater greatest greet greeted greeting greetings greets growing growth
  guarantee ha haha hahaha hail hailed hallelujah handsome happiest happily happiness happy hardy harmonious
  harmoniously harmonise harmonised harmonize harmonized harmony healthy heartfelt heartwarming heaven heavenly help
  helpful helpfully helping helps hero heroes heroic heroism highlight hilarious honest honor honorable
  honorableness honorably honored honorific honoring honour honourable honoured honouring hope hopeful hopefully
  hopes hoping hug huge hugs humerous humor humorous humorously humour humourous hurrah idealise idealised idealize
  idealized immune importance important impress impressed impresses impressible impressionable impressive
  impressively improve improved improvement improves improving increase increased indestructible infatuated
  infatuation influential innovate innovates innovation innovative inquisitive inspiration inspirational inspire
  inspired inspires inspiring inspirit inspiriting intact integrity intellectual intelligent intense interest
  interested interesting interestingly interestingness interests intricate intrigues invigorate invigorated
  invigorating invincible invite inviting irresistible jaunty jewel jewels jocular join joke jokes joking jolliness
  jollity jolly jovial joy joyful joyfully joyfulness joyous joyously joyousness jubilant justice justifiably
  justified keenness kind kinder kindly kindness kiss kudos landmark laugh laughed laughing laughs launched lawl
  legal legally lenient lifesaver lighthearted like likeable liked likes liking lively lmao lol lovable love loved
  lovelies lovely loves loving loyal loyalty luck luckily luckiness lucky magnificence magnificent marvel marvelous
  marvels masterpiece masterpieces matter matters mature meaningful medal meditative mercy merit merited meritorious
  merrily merriment merry methodical miracle mirth mirthful mirthfully motivate motivated motivating motivation
  natural nice nifty noble novel nurturing ok okay opportune opportunely opportuneness opportunist opportunities
  opportunity optimal optimism optimist optimistic optimistically outreach outstanding overjoyed palatable paradise
  pardon pardoned pardoning pardons passion passionate peace peaceable peaceful peacefully perfect perfected
  perfectibility perfectible perfection perfectly perfects picturesque playful pleasant pleasantly pleasantness
  pleasantry please pleased pleaser pleasing pleasurable pleasure popular popularity positive positively powerful
  praise praised praises praiseworthily praiseworthy praising pray praying prays precious prepared pretty privilege
  privileged prize prizewinning proactive profit profitability profitable profits progress prominent promise
  promised promises promising promote promoted promotes promoting prospect prospects prosperous protect protected
  protects proud proudly pukka rapture raptured raptures rapturous ratified reach reached reaches reaching ready
  reassure reassured reassures reassuring recommend recommended recommends redeemed reinvigorate reinvigorated
  rejoice rejoiced rejoices rejoicing relax relaxed reliant relieve relieved relieves relieving relishing remarkable
  rescue rescued rescues resolute resolve resolved resolves resolving respect respectability respectable respected
  respectful respects responsible responsive restful restore restored restores restoring retained revered revive
  revives reward rewarded rewarding rewards rich richly richness robust roflcopter romance romantically safe safely
  safer safety salient satisfactorily satisfactoriness satisfactory satisfiable satisfied satisfy satisfying save
  saved scoop secure secured secures self-confident serene sexy share shared shares significance significant sincere
  sincerely sincerest slicker slickest smart smarter smartest smile smiled smiles smiling sociable solid solidarity
  solution solutions solve solved solves solving soothe soothed soothing sophisticated spark sparkle sparkles
  sparkling spirit spirited splendid splendiferous splendor splendour sprightly stable stamina startling steadfast
  stimulate stimulated stimulates stimulating stout straight strength strengthen strengthened strengthening
  strengthens strengths strong stronger strongest stunning suave substantial succeed succeeded succeeding succeeds
  success successful successfully successfulness sunny sunshine super superb superior support supported supporter
  supporters supporting supportive supports supreme survived surviving survivor sweet sweetly swift swiftly
  sympathetic sympathy talent talented teas tenderness terrific terrifically thank thankful thankfulness thanks
  thoughtful thrill thrilled tolerance tolerant top tops tranquil tranquility tranquilize tranquillity tranquilly
  treasure treasured treasures triumph triumphal triumphant trust trusted trustful trusting trusts trusty truthful
  truthfully truthfulness unequaled unified united untarnished useful usefulness validate validated validates
  validating valuable value valued vested vibrant vigilant vigor vigour vindicate vindicated vindicates virtuoso
  virtuous vision visionary visioning visions vitality vitalizing vitamin vivacious want warm warmhearted
  warmheartedness warmness warmth wealth wealthier wealthy welcome welcomed welcomes welcoming well wellness
  whimsical willingness win winner winning wins wisdom wise wisely wiseness wish wishes wishing won wonderful
  wonderfully wonderfulness woo woohoo worship worshiped worshipful worshipped worth worthwhile worthy wow yeah
  yearning yeees yep yes youthful yummy zealous`.split(/\s+/),
);

/** Whether a word wink-nlp scores as praise is praise by VADER too: itself, or its stem without a regular ending
 *  ("hoped", "hoping", "hopes" → hope; "safely" → safe). */
export function attestedPraise(word: string): boolean {
  return (
    ATTESTED.has(word) ||
    ATTESTED.has(word.replace(/(?:s|ed|ing|ly)$/, '')) ||
    ATTESTED.has(word.replace(/(?:d|s)$/, ''))
  );
}
