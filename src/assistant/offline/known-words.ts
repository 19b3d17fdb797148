// Every word the offline planner reads, outside the enterprise's own names (those come from the
// database). After planning, a word of the question that is neither one of these nor a name the
// planner matched was not understood — and a plan that ignored it may answer a broader question
// with a real-looking figure. So such a word stops the answer (create-offline-planner.ts).
//
// Two kinds: words that carry no meaning of their own in a question about spend (articles,
// pronouns, politeness, "please show me"), and the words the recognizers act on (periods,
// intents, dimensions, service types, statuses, charge types). Adding a word here is a claim that
// the planner understands it: add it only with the rule that reads it.

const fillerWords = `
a an the of to in on at by for with w from into onto about over under per via vs versus than then as if
and or but nor so also too just only even still yet again else already
is are was were be been being am do does did done doing have has had having get gets got getting
will would shall should can could may might must need needs needing want wants wanted like
i me my mine we us our ours you your yours it its they them their theirs he she his her this that these those
what whats which who whom whose where when how why there here
any some all each every both either neither no not none other others another such same own
much many more most less least few lot lots bit
please pls plz thanks thank thx hi hey hello ok okay yes yeah sure quick quickly
up out down off away back around across among between through throughout during within without before after since until till
one ones page pages thing things stuff item items anything everything something nothing anyone anybody someone somebody anywhere everywhere
show list give tell find display see saw seen know look check pull bring report fetch let lets view make makes making
sorry apologies fine looking carrying carry sit sits all-in
operate operates operating installed install recorded record identified found belonging belong belongs require requires required summarise summarize summary estate
analyse analyze explain remind remember combined together altogether ur u now onwards onward
vp vps svp evp boss behalf asked asking whether owns area staff meeting meetings negotiation negotiations
spended cheaper pricier dearer reaching reach reached deal deals
level roll rolls rolled rollover worth pace gotten providing provide provides provided later earlier ids recognise recognize recognised recognized straight consecutive roughly
match matched matching matches overcharge overcharges overcharged overcharging
climb climbs climbed climbing riser risers overran overrun overruns finish finishes finishing licence licences analogue chattiest consumer consumers
going gonna based basis using currently current really actually exactly roughly approximately approx about around basically overall total totals
ledgerline bot assistant
hello
`;

const spendWords = `
spend spent spends spending cost costs costing costed pay paid pays paying payment payments
bill bills billed billing invoice invoices invoiced charge charges charged charging expense expenses expensive outlay
money dollars dollar usd amount amounts figure figures number numbers sum value
net gross actual actuals
burn burns burned burnt burning price prices priced pricing included inclusive plus chargeback chargebacks showback showbacks
`;

const periodWords = `
month months monthly quarter quarters quarterly year years yearly annual annually week weeks weekly day days daily
today yesterday tomorrow ytd mtd qtd fy fiscal calendar eoy eom eoq
last previous past prior next coming upcoming this so far recent recently latest
start beginning end ending through thru
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
q1 q2 q3 q4 h1 h2 first second third fourth half 1st 2nd 3rd 4th
date to trailing rolling period periods full whole entire ago cycle cycles
`;

const numberWords = `
zero one two three four five six seven eight nine ten eleven twelve fourteen fifteen twenty thirty fifty sixty ninety hundred
dozen single couple
`;

const dimensionWords = `
by break breakdown broken split divided distributed grouped group groups
vendor vendors carrier carriers provider providers supplier suppliers company companies
location locations site sites office offices city cities building buildings facility facilities
cost center centers centre centres costcenter cc department departments dept depts team teams business unit units bu bus
division divisions program programs programme programmes
domain domains type types kind kinds category categories
service services product products sku skus
account accounts billing ban bans subscription subscriptions project projects sub subaccount subaccounts
region regions
top biggest largest highest most least lowest smallest bottom main leading costliest cheapest fastest quickest
rank ranking ranked order sorted sort
`;

const domainWords = `
telecom telecommunications telecommunication telco telcos wireline network carrier
mobility wireless mobile cellular cell
cloud iaas paas saas software
`;

const inventoryWords = `
identifier identifiers line lines number numbers phone phones cellphone cellphones smartphone smartphones iphone iphones sim sims
subscriber subscribers device devices handset handsets hardware
circuit circuits mpls dia dedicated internet access broadband ethernet sdwan sd wan data link links private
trunk trunks sip voice pots landline landlines alarm fax elevator copper analog
using inventory asset assets active live disconnected disconnect cancelled canceled terminated deactivated suspended pending order orders
status statuses ever
assigned assignee owner owns uses use used user users whose
count counts how many
`;

const contractWords = `
contract contracts agreement agreements msa term terms
notice notices renew renews renewal renewals renewing autorenew auto cancel terminate deadline deadlines opt
renegotiate renegotiation expire expires expiring expiry expired ended ends end run runs running
commitment commitments commit committed minimum shortfall track on meet hit reach
detail details
cutoff cutoffs along tracking tracked automatically automatic cancellation cancellations consumed marc
window close closes closing nonrenewal evergreen act trueup true
rate rates rated
decision decisions due soon
`;

const budgetWords = `
budget budgets over under overspend overspent overspending plan planned forecast forecasted forecasting projected projection projections
predict predicted predicting prediction predictions predicts estimated expect expected expecting
risk at land stay stayed staying exceed exceeds exceeded exceeding blow blew blown
estimate estimates accrual accruals accrue accrued accruing outturn headroom left remaining landing
`;

const usageWords = `
usage usages minutes messages texts sms mb gb data consumption traffic activity
heaviest heavy talked talk talking texted texting calling call calls
no idle unused inactive dormant nil never nobody
roaming
`;

const compareWords = `
compare compared comparing comparison change changed changes increase increased increases decrease decreased decreases
go gone went rise rose risen rising drop dropped dropping fell fall falling grow grew grown growing growth shrink shrank shrunk shrinking
jump jumped spike spiked spikes difference delta drove drive driving driver drivers mover movers yoy mom qoq
trend trends trending trended time history timeline decline declined declining
`;

const chargeWords = `
tax taxes surcharge surcharges regulatory recovery fee fees usf credit credits one time onetime installation nrc nrcs
overage overages recurring mrc mrcs effective amortized amortised discounts discount
`;

const operationsWords = `
subscribe unsubscribe subscribed alert alerts anomaly anomalies anomalous notification notifications digest digests
send post deliver route notify push stop mute turn disable enable channel channels chat chats conversation dm dms thread group space room
failed failing failure failures delivered sent posted queued waiting stuck undelivered
request requests requested ticket tickets macd macds submitted raised opened filed made
audit audited overbill overbilled overbilling overcharge overcharged overcharging errors error mistakes mistake discrepancy discrepancies
against contracted agreed
duplicate duplicates twice wrong variance variances issues issue problems problem findings finding
dispute disputes disputed credited
save saves saved saving savings reduce cut waste wasted optimize optimise optimization optimisation opportunities opportunity
completed complete finished done open opened closed resolved denied rejected accepted approved won lost withdrawn
message separately individual individually including include includes above below
`;

const newToolWords = `
run rate runrate run-rate annualized annualised average avg mean unit per each priciest pricey
unallocated untagged allocated allocation unassigned traced
realized realised
`;

/** The planner's own words, lower case. */
export const knownWords: ReadonlySet<string> = new Set(
  [
    fillerWords,
    spendWords,
    periodWords,
    numberWords,
    dimensionWords,
    domainWords,
    inventoryWords,
    contractWords,
    budgetWords,
    usageWords,
    compareWords,
    chargeWords,
    operationsWords,
    newToolWords,
  ]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * The words a typo is corrected to: the core words people mistype in a hurry. Kept short on
 * purpose — a rarer word as a target turns names into grammar ("field" is one swap from "filed").
 */
export const correctableWords: readonly string[] = `
spend spent spending costs invoice invoices invoiced billed billing bills charges expenses
vendor vendors carrier carriers provider providers supplier suppliers location locations office offices
center centers department departments service services account accounts region regions category categories
contract contracts agreement renewal renewals notice deadline deadlines commitment expire expiring
budget budgets forecast projected average unallocated untagged realized savings
circuit circuits mobile wireless telecom mobility cloud software usage minutes messages
active disconnected disconnect pending inventory devices phones lines
monthly quarter quarterly yearly annual compare compared increase decrease trend breakdown total
highest biggest largest expensive cheapest lowest
january february march april june july august september october november december
`
  .split(/\s+/)
  .filter((word) => word.length >= 5);
