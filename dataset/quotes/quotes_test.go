package quotes

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"newsdesk/dataset"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/quotes")

// newDoc builds a Doc with one sentence per line, as the placeholder
// segmenter does; the extractor does not rely on sentence boundaries except
// for sentence_id.
func newDoc(t testing.TB, id, text, lang string) *dataset.Doc {
	t.Helper()
	var sents []dataset.Sentence
	var start, pos int64
	runes := []rune(text)
	for i, r := range runes {
		pos = int64(i + 1)
		if r == '\n' {
			sents = append(sents, dataset.Sentence{SourceID: id, SentenceID: int32(len(sents)), Start: start, End: pos, Text: string(runes[start:pos])})
			start = pos
		}
	}
	if int64(len(runes)) > start {
		sents = append(sents, dataset.Sentence{SourceID: id, SentenceID: int32(len(sents)), Start: start, End: int64(len(runes)), Text: string(runes[start:])})
	}
	return dataset.NewDoc(dataset.Source{SourceID: id, Language: lang, Text: text}, sents)
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// find returns the quote whose text starts with prefix.
func find(qs []dataset.Quote, prefix string) (dataset.Quote, bool) {
	for _, q := range qs {
		if strings.HasPrefix(q.Text, prefix) {
			return q, true
		}
	}
	return dataset.Quote{}, false
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, lang, text string
		prefix           string // start of the expected quote text
		kind, speaker    string
		speakerText, cue string
	}{
		{"SpeakerAfterQuote", "en", `Edi Rama spoke in Tirana. "We will not bow," Rama said.`, "We will not bow", "direct", "Edi Rama", "Rama", "said"},
		{"PortfolioAfterTitle", "id", `"Kami tidak bersalah," kata mantan Menteri Pertanian Rina Wati di Jakarta.`, "Kami tidak bersalah", "direct", "Rina Wati", "mantan Menteri Pertanian Rina Wati", "kata"},
		{"PortfolioBeforeTitle", "en", `"Farmers will get their fertiliser," said Agriculture Minister Tom Vilsack.`, "Farmers will get", "direct", "Tom Vilsack", "Agriculture Minister Tom Vilsack", "said"},
		{"TitleParticipleToldObject", "en", `The court ruled on Thursday. "The defendant abused his office," presiding judge Rudi Hartono told the Jakarta Anti-Corruption Court.`, "The defendant abused", "direct", "Rudi Hartono", "presiding judge Rudi Hartono", "told"},
		{"InvertedCue", "en", `"The attack was planned," said Edi Rama on Wednesday.`, "The attack was planned", "direct", "Edi Rama", "Edi Rama", "said"},
		{"SpeakerBeforeColon", "en", `Prime Minister Edi Rama said: "No country may attack another."`, "No country may", "direct", "Edi Rama", "Prime Minister Edi Rama", "said"},
		{"AccordingTo", "en", `According to Rama, "the servers were hit at once."`, "the servers were hit", "direct", "Rama", "Rama", "According to"},
		{"Headline", "en", "NATO: \"Albania has our full support\"\n\nThe alliance met on Thursday.", "Albania has our", "direct", "NATO", "NATO", ":"},
		{"TitleAndRole", "en", `National Security Council spokeswoman Adrienne Watson said: "We stand with Albania."`, "We stand with", "direct", "Adrienne Watson", "National Security Council spokeswoman Adrienne Watson", "said"},
		{"SubjectBeforeAdjunct", "en", `Donald Trump in his announcement speech called the migrants “rapists” and promised a wall.`, "rapists", "partial", "Donald Trump", "Donald Trump", "called"},
		{"SubjectBeforeAdjunctIndonesian", "id", `Gubernur Anies Baswedan dalam pidatonya menyebut banjir itu “bencana kiriman” dari hulu.`, "bencana kiriman", "partial", "Anies Baswedan", "Gubernur Anies Baswedan", "menyebut"},
		{"CrowdNamesNobody", "en", `Donald Trump asked the crowd who would pay for the wall. "Mexico!" the audience screamed back.`, "Mexico!", "direct", "", "the audience", "screamed"},
		{"RoleAsLowercaseTitle", "en", `"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times. Donald Trump answered on Twitter. But Trump has one thing in common with Chinese people, the columnist suggested: "His winning streak is solid proof."`, "His winning streak", "direct", "Ai Jun", "the columnist", "suggested"},
		{"NameAfterArticleIsNoPerson", "en", "Carrier said it would move the plant. State Representative Karlee Macer is a Democrat. Her district includes the Carrier plant, she said.\n\"My family has all been factory workers,\" she said.", "My family", "direct", "Karlee Macer", "she", "said"},
		{"NamesakeByTitleGender", "en", `Trade Minister Park Ji-won and lawmaker Park Sung-ho met in Busan. Park Ji-won said she was pleased with her team. Park Sung-ho said he was not. "It is a betrayal," Mr. Park said.`, "It is a betrayal", "direct", "Park Sung-ho", "Mr. Park", "said"},
		{"PlaceWordOpensAName", "en", "David Okafor spoke first.\n\nPark Sung-ho fired back on Saturday morning. “If the study is so convincing, let her publish it,” he said.", "If the study", "direct", "Park Sung-ho", "he", "said"},
		{"AppositionAfterOrganisation", "id", `Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Demak, Agus Salim Hidayat, mengatakan, jumlah pengungsi terus bertambah sejak tanggul jebol.`, "jumlah pengungsi", "indirect", "Agus Salim Hidayat", "Agus Salim Hidayat", "mengatakan"},
		{"AppositionAfterOrganisationQuoted", "id", `"Kami terus mendata warga," kata Kepala BPBD Demak, Agus Salim Hidayat, di Demak, Selasa.`, "Kami terus mendata", "direct", "Agus Salim Hidayat", "Kepala BPBD Demak, Agus Salim Hidayat", "kata"},
		{"AppositionAfterRolePhrase", "en", `The spokesman for the ministry, Tom Brady, said the deal was done.`, "the deal was done", "indirect", "Tom Brady", "Tom Brady", "said"},
		{"ShortTitle", "id", "Menteri Sosial Sri Wahyuni Lestari menyalurkan bantuan bagi korban banjir, Rabu.\n\n\"Bantuan ini untuk kebutuhan dasar pengungsi,\" kata Mensos saat meninjau posko.", "Bantuan ini", "direct", "Sri Wahyuni Lestari", "Mensos", "kata"},
		{"ShortTitleAccordingTo", "id", "Menteri Sosial Sri Wahyuni Lestari menyalurkan bantuan bagi korban banjir, Rabu.\n\nMenurut Mensos, bantuan yang disalurkan antara lain 10 ton beras dan selimut.", "bantuan yang disalurkan", "indirect", "Sri Wahyuni Lestari", "Mensos", "Menurut"},
		{"InvertedLowercaseTitles", "en", `Diane Russell spoke to the crowd. "We need a new party," said former Massachusetts congressman Barney Frank.`, "We need a new party", "direct", "Barney Frank", "former Massachusetts congressman Barney Frank", "said"},
		{"InvertedIndefiniteThenName", "en", `"We're anxious," said another Twitter user, Johanna Bayer.`, "We're anxious", "direct", "Johanna Bayer", "another Twitter user, Johanna Bayer", "said"},
		{"PlaceModifiesRole", "en", "Donald Trump toured Iowa on Monday.\n\n\"We will win big,\" said the New York businessman.", "We will win big", "direct", "Donald Trump", "the New York businessman", "said"},
		{"IndefiniteSubjectOfParticiple", "en", "Bush spoke on Monday.\n\nA Clinton campaign official later walked back the comments, saying that Clinton \"never meant it.\"", "never meant it", "partial", "", "A Clinton campaign official", "saying"},
		{"OrganisationTitleName", "en", "Supreme Court Justice Ruth Bader Ginsburg spoke to the AP last week.\n\nIt is unusual for a sitting justice to weigh in, though Ginsburg is known for speaking her mind.\n\nShe escalated her criticism on Tuesday, telling CNN that Trump is a “faker” and a danger.", "faker", "partial", "Ruth Bader Ginsburg", "She", "telling"},
		{"OrganisationTitleNameIndonesian", "id", `Menanggapi hal itu, Kepala BPBD Demak Agus Salim Hidayat mengatakan pihaknya sudah meminta bantuan mobil tangki air.`, "pihaknya sudah meminta", "indirect", "Agus Salim Hidayat", "Kepala BPBD Demak Agus Salim Hidayat", "mengatakan"},
		{"GenericRoleNamesNobody", "en", "Prime Minister David Cameron will work with whoever is elected, his spokesman said.\n\n\"The PM has made his views very clear,\" the spokesman said.", "The PM has made", "direct", "", "the spokesman", "said"},
		{"GenericRoleTitled", "en", "\"We will appeal,\" said attorney Lisa Moran, who represents the family.\n\n\"The ruling ignores the evidence,\" the attorney said.", "The ruling ignores", "direct", "Lisa Moran", "the attorney", "said"},
		{"GenericRoleIndonesian", "id", "Presiden Prabowo Subianto tiba di Bekasi, Senin.\n\n\"Presiden akan meninjau tanggul,\" kata sumber itu.", "Presiden akan meninjau", "direct", "", "sumber", "kata"},
		{"AskedOneAnswers", "en", "Ainsley Earhardt then asked Marco Rubio which states he could win.\n\n“We feel great in every one of those states,” he said.", "We feel great", "direct", "Marco Rubio", "he", "said"},
		{"PronounMainClauseSpeaker", "en", "Vice President Joseph R. Biden Jr. spoke in Scranton. ''Because they're worried,'' Mr. Biden said.\n\nHe added that the danger had grown because of Mr. Trump's remarks, which included the suggestion that Obama was the ''founder'' of the group.\n\n''This guy's shame has no limits,'' he said.", "This guy's shame", "direct", "Joseph R. Biden Jr.", "he", "said"},
		{"PronounRoleSubjectTitled", "en", "President Barack Obama spoke in Philadelphia. Donald Trump was in Ohio.\n\nThe president denounced what he called the ''deeply pessimistic'' vision of Mr. Trump.", "deeply pessimistic", "partial", "Barack Obama", "he", "called"},
		{"FormerRoleNotCurrentTitle", "en", "Vice President Joe Biden spoke first. Bill Clinton got in on the game later.\n\n“He is running harder against me than against the Bush years,” the former president said.", "He is running", "direct", "Bill Clinton", "the former president", "said"},
		{"PossessivePronounCampaign", "en", "Hillary Clinton won the primary in the state of Delaware on Tuesday night.\n\n\"We are pleased with the result,\" her campaign said in a statement.", "We are pleased", "direct", "Hillary Clinton's campaign", "her campaign", "said in a statement"},
		{"CompanyIsTheOneWordSpeaker", "en", "The network has struggled with extremist accounts since its public offering in 2013.\n\n''Our work has changed,'' Twitter said in a statement. The company said its moves had ''produced results'' already.", "produced results", "partial", "Twitter", "The company", "said"},
		{"CrowdChanted", "en", "Donald Trump spoke for an hour on Thursday night in Cleveland.\n\nAs Trump attacked Clinton, the attendees chanted, \"Lock her up!\" as they had for previous speakers.", "Lock her up!", "direct", "", "the attendees", "chanted"},
		{"GenericRoleAfterNamedSpeaker", "en", "A federal judge on Monday ordered the mine to release its safety audit.\n\nMaria Santos, who represents the miners, called the ruling \"a turning point.\"\n\n\"Now we will see what they hid,\" the lawyer told reporters outside the courthouse.", "Now we will see", "direct", "Maria Santos", "the lawyer", "told reporters"},
		{"CrowdSubjectOfFragment", "en", "\"I think he can do that,\" Thomas Massie said.\n\nBoos rained down when Trump mentioned her, and at one point the crowd loudly reprised the chant “Lock her up!” that rang through the arena.", "Lock her up!", "partial", "", "crowd", ""},
		{"CrowdAsObjectIsNoSpeaker", "en", "On Monday, Donald Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly” before leaving.", "doesn’t treat me", "partial", "Donald Trump", "Donald Trump", "groused"},
		{"BarePluralNamesNobody", "en", "Senator Bernie Sanders spoke in Iowa on Monday.\n\nAfter the test ordered by Kim Jong-un, nuclear experts said it was \"far weaker than claimed\" by the government.", "far weaker", "partial", "", "nuclear experts", "said"},
		{"RelativeWhoIsTheNameBefore", "en", "Donald Trump spoke first on Monday.\n\nThe plan was attacked by Hillary Clinton, who called it \"a dangerous mistake\" for the country.", "a dangerous mistake", "partial", "Hillary Clinton", "Hillary Clinton", "called"},
		{"DocumentByAuthor", "en", "Trey Gowdy denied the claims on Monday. The accusations come from a lawsuit filed by Bradley Podliska, a former investigator.\n\n\"I was fired for refusing to focus on Clinton,\" the lawsuit reads.", "I was fired", "direct", "Bradley Podliska", "the lawsuit", "reads"},
		{"DocumentOfPossessor", "en", "Hillary Clinton campaigned in Baton Rouge on Friday. The Advocate's editorial was blunt about her.\n\n\"She needs to come here,\" the editorial read.", "She needs to come", "direct", "Advocate", "the editorial", "read"},
		{"PronounAdded", "en", `Edi Rama addressed parliament on Tuesday. "We stand firm," he added.`, "We stand firm", "direct", "Edi Rama", "he", "added"},
		{"PronounGender", "en", `Mr. Trump criticised Ms. Elizabeth Warren on Monday. Later Mr. Trump left. "He is a bully," she said.`, "He is a bully", "direct", "Elizabeth Warren", "she", "said"},
		{"PronounSkipsSubordinate", "en", `When Trump spoke, Marco Rubio fired back. "We will win," he said.`, "We will win", "direct", "Marco Rubio", "he", "said"},
		{"PronounLastSpeaker", "en", "Ted Cruz electrified the small crowds in San Antonio, Robert Stovall said.\n\"He was very articulate,\" he said.", "He was very", "direct", "Robert Stovall", "he", "said"},
		{"PronounLastSpeakerNya", "id", "Prabowo Subianto meresmikan desa nelayan di Bekasi, kata Teuku Faizasyah.\n\"Ini awal yang baik,\" ujarnya.", "Ini awal", "direct", "Teuku Faizasyah", "nya", "ujarnya"},
		{"PronounGenderFirstName", "en", `Bernie Sanders met Hillary Clinton on Monday. "We agree on much," she said.`, "We agree", "direct", "Hillary Clinton", "she", "said"},
		{"PronounGenderFirstNameIndonesian", "en", `Sri Mulyani met Prabowo Subianto in Jakarta. "The budget is safe," he said.`, "The budget", "direct", "Prabowo Subianto", "he", "said"},
		{"TitleGenderKeepsPerson", "en", `Bill Clinton spoke first. Then Mrs. Clinton took the stage. "We are stronger together," Mrs. Clinton said.`, "We are stronger", "direct", "Clinton", "Mrs. Clinton", "said"},
		{"BylineBelow", "en", "\"I helped write that bill.\"\n\n- Bernie Sanders.\n\nHe exaggerates.", "I helped write", "direct", "Bernie Sanders", "Bernie Sanders", ""},
		{"BylineBelowIndonesian", "id", "\"Kita bangun desa nelayan.\"\n\n— Presiden Prabowo Subianto, dalam pidatonya.\n\nAcara selesai.", "Kita bangun", "direct", "Prabowo Subianto", "Presiden Prabowo Subianto", ""},
		{"ColonParagraphAbove", "en", "When Wallace died in 1998, President Bill Clinton released the following statement:\n\n\"Hillary and I offer our condolences.\"", "Hillary and I", "direct", "Bill Clinton", "President Bill Clinton", ":"},
		{"ColonParagraphAboveIndonesian", "id", "Dalam pidatonya, Presiden Prabowo Subianto menyampaikan pesan berikut:\n\n\"Kita bangun desa nelayan.\"", "Kita bangun", "direct", "Prabowo Subianto", "Presiden Prabowo Subianto", "menyampaikan"},
		{"AfterNarrative", "en", "Donald Trump toured the site of the border wall in Texas.\n\n\"Building it? Not negotiable.\"", "Building it", "direct", "Donald Trump", "", ""},
		{"AfterNarrativeIndonesian", "id", "Presiden Prabowo Subianto meninjau lokasi tanggul laut di Bekasi.\n\n\"Tanggul ini tidak bisa ditawar.\"", "Tanggul ini", "direct", "Prabowo Subianto", "", ""},
		{"StatementAuthor", "en", "President Barack Obama released a statement on Thursday night.\n\n\"We stand with France,\" the statement said.", "We stand with", "direct", "Barack Obama", "the statement", "said"},
		{"GroupIsNearestOrganisation", "en", "The Sierra Club withdrew from the parade.\n\n\"We chose safety,\" the group said.", "We chose", "direct", "Sierra Club", "the group", "said"},
		{"IndefiniteThingIsNobody", "en", "Barack Obama spoke on Thursday. \"Go home,\" one tweet said.", "Go home", "direct", "", "one tweet", "said"},
		{"GroupNounIsNoName", "en", "Aides say the governor will campaign for the senator.\n\n\"We must unite,\" he said.", "We must unite", "direct", "", "he", "said"},
		{"DashThenColon", "en", `But the polls did predict the caucus - Nate Silver: "Most pollsters fared much better."`, "Most pollsters", "direct", "Nate Silver", "Nate Silver", ":"},
		{"DashThenColonIndonesian", "id", `Namun survei itu tepat - Litbang Kompas: "Selisihnya hanya satu persen."`, "Selisihnya", "direct", "Litbang Kompas", "Litbang Kompas", ":"},
		{"IndefiniteWithNameModifier", "en", `"We are confident," said a senior Cruz adviser.`, "We are confident", "direct", "", "a senior Cruz adviser", "said"},
		{"IndefiniteWithNameModifierIndonesian", "id", `"Kami tidak terlibat," kata seorang pejabat Kemlu.`, "Kami tidak", "direct", "", "seorang pejabat Kemlu", "kata"},
		{"IndefiniteAdjectiveBeforeName", "en", `"We won," said a jubilant Donald Trump.`, "We won", "direct", "Donald Trump", "a jubilant Donald Trump", "said"},
		{"RoleAbbreviationCommaName", "id", `"Kami tidak terlibat," kata juru bicara Kemlu, Teuku Faizasyah.`, "Kami tidak", "direct", "Teuku Faizasyah", "juru bicara Kemlu, Teuku Faizasyah", "kata"},
		{"NestedSingleThenSpace", "en", `"If you lose, you can say, 'Well done,' " said Rep. Diane Russell.`, "If you lose", "direct", "Diane Russell", "Rep. Diane Russell", "said"},
		{"PossessorOfSpeechNoun", "en", `Voters cheered Hillary Clinton's promise of "a new bargain" on Monday.`, "a new bargain", "partial", "Hillary Clinton", "Hillary Clinton", ""},
		{"SpeechNounThenName", "id", `Warga menyambut pernyataan Prabowo Subianto bahwa desa itu "sudah siap" dengan gembira.`, "sudah siap", "partial", "Prabowo Subianto", "Prabowo Subianto", ""},
		{"PronounSkipsAskedClause", "en", `Asked whether Hillary Clinton would win, Susan Sarandon shrugged. "I don't know," she said.`, "I don't know", "direct", "Susan Sarandon", "she", "said"},
		{"PronounSkipsDitanyaClause", "id", "Ditanya soal Prabowo Subianto, Sri Mulyani tersenyum. \"Kita lihat saja,\" ujarnya.", "Kita lihat", "direct", "Sri Mulyani", "nya", "ujarnya"},
		// A bare plural subject names nobody, and passes nobody on.
		{"BarePluralAfter", "en", "Hillary Clinton spoke on Monday. \"We will win,\" Clinton said.\n\n\"It is not serious,\" critics say.", "It is not serious", "direct", "", "critics", "say"},
		{"BarePluralBefore", "en", "Hillary Clinton spoke on Monday. That is why critics say she had proposed to \"dismantle\" the law.", "dismantle", "partial", "", "critics", "say"},
		{"ShareOfPeople", "en", "Voters were asked about Clinton, and 21 percent said \"not too likely.\"", "not too likely", "partial", "", "21 percent", "said"},
		{"BarePluralClauseSubject", "en", "Nuclear proliferation experts have discounted the test, but speculated that North Korea could boost its \"explosive yield\" through other means.", "explosive yield", "partial", "", "Nuclear proliferation experts", ""},
		{"BarePluralPassesOnNobody", "en", "Hillary Clinton spoke on Monday. \"We will win,\" Clinton said.\n\nCritics say the plan \"will never pass.\"\n\n\"It is a fantasy.\"", "It is a fantasy", "direct", "", "", ""},
		// An organisation noun: the name that holds it, the organisation
		// subject before, the noun after a name, a one-word name.
		{"OrgNounInName", "en", "The Illinois Board of Elections met on Monday. Ted Cruz was on the ballot.\n\n\"Further discussion is unnecessary,\" the board said.", "Further discussion", "direct", "Illinois Board of Elections", "the board", "said"},
		{"OrgNounInNameIndonesian", "id", "Pada Senin, Dewan Pers menggelar rapat. Ketua DPR Puan Maharani hadir.\n\n\"Kami menolak revisi itu,\" kata dewan itu.", "Kami menolak", "direct", "Dewan Pers", "dewan", "kata"},
		{"OrgNounDescribed", "en", "But a New Hampshire ballot commission was more tentative. That, the commission said, \"would be helpful.\"", "would be helpful", "direct", "New Hampshire ballot commission", "the commission", "said"},
		{"OrgNounSubjectBefore", "en", "The Trayvon Martin Foundation did not respond, telling Fox 35 that it was focused on its work. \"We are laser focused,\" the group said.", "We are laser", "direct", "Trayvon Martin Foundation", "the group", "said"},
		{"OrgNounOneWordName", "en", "The bill drew attention from local employers such as Monsanto, which opposed it. \"We call on other businesses to join us,\" the company tweeted.", "We call on", "direct", "Monsanto", "the company", "tweeted"},
		{"OrgNounNotAPlaceModifier", "en", "Andrea Lindqvist, a Philadelphia attorney, sued on Monday. \"We deny the claims,\" the company said.", "We deny", "direct", "", "the company", "said"},
		// A text with no author named with it: the named subject before.
		{"ThingSubjectBefore", "en", "On Thursday, the Wyoming Republican Party announced that she was not coming.\n\n\"The campaign has informed us,\" the release said.", "The campaign has", "direct", "Wyoming Republican Party", "the release", "said"},
		// Speech verbs in every form the lexicon lists: had written,
		// pointed out.
		{"CueParticiple", "en", "Eddie Mannix ran the studio for decades. As the Hollywood columnist Louella Parsons had written a few years earlier, \"We just could not have an industry without him.\"", "We just could not", "direct", "Louella Parsons", "the Hollywood columnist Louella Parsons", "written"},
		{"CuePhrasalVerb", "en", "Hillary Clinton spoke on Monday. Bernie Sanders pointed out that the plan was \"a fantasy.\"", "a fantasy", "partial", "Bernie Sanders", "Bernie Sanders", "pointed out"},
		// An organisation's president does not hold the bare role; the
		// organisation's name in the role phrase ties it back.
		{"BareRoleNotOrgTitle", "en", "Barack Obama spent the afternoon playing golf with World Bank President Jim Yong Kim.\n\nThe president also said the accord would leave \"cleaner air and cleaner water.\"", "cleaner air", "partial", "Barack Obama", "The president", "said"},
		{"OrgRoleHoldsOrgTitle", "en", "World Bank President Jim Yong Kim spoke on Monday.\n\n\"We must act,\" the World Bank president said.", "We must act", "direct", "Jim Yong Kim", "the World Bank president", "said"},
		{"BareRoleOrgTitleAlone", "en", "FBI Director James Comey testified on Tuesday.\n\n\"We found no intent,\" the director said.", "We found no", "direct", "James Comey", "the director", "said"},
		{"RolePhraseBeatsHead", "en", `Vice President Joe Biden and President Barack Obama met on Monday. "We agree," the vice president said.`, "We agree", "direct", "Joe Biden", "the vice president", "said"},
		{"RolePhraseBeatsHeadIndonesian", "id", "Wakil Presiden Gibran Rakabuming dan Presiden Prabowo Subianto bertemu di Jakarta.\n\"Kami sepakat,\" kata wakil presiden.", "Kami sepakat", "direct", "Gibran Rakabuming", "wakil presiden", "kata"},
		{"ItIsTheOrganisation", "en", `The Sierra Club filed the suit on Monday. "We will win," it said.`, "We will win", "direct", "Sierra Club", "it", "said"},
		{"PronounNotItsObject", "en", `Marco Rubio mocked the size of Donald Trump's hands. Within minutes, he called Marco Rubio "Little Marco, a lightweight."`, "Little Marco", "partial", "Donald Trump", "he", "called"},
		{"PronounNotItsObjectIndonesian", "id", `Marco Rubio mengejek Donald Trump. Beberapa menit kemudian, ia menyebut Marco Rubio "si kecil yang lemah".`, "si kecil", "partial", "Donald Trump", "ia", "menyebut"},
		{"NameInsideOrganisationIsNoFullerName", "en", `In a Trump White House, things would change. "We will win," Trump said.`, "We will win", "direct", "Trump", "Trump", "said"},
		{"NameInsideOrganisationIsNoFullerNameIndonesian", "id", `Di Trump White House semua akan berubah. "Kita akan menang," kata Trump.`, "Kita akan", "direct", "Trump", "Trump", "kata"},
		{"ItIsTheSubjectOrganisation", "en", "The North Atlantic Council issued a statement on Thursday.\n\n\"We stand with Albania,\" it wrote.", "We stand with", "direct", "North Atlantic Council", "it", "wrote"},
		{"ItIsNoCaption", "en", "Iranian Embassy in Tirana PAP / EPA\n\nAt the same time, it added that the Allies \"are committed to protecting their networks.\"", "are committed", "partial", "", "it", "added"},
		{"AgeMakesAPerson", "en", `A street vendor, Lisa, 34, watched the walls crack. "It was the end," she said.`, "It was the end", "direct", "Lisa", "she", "said"},
		{"AgeMakesAPersonIndonesian", "id", "Salah seorang warga, Asep (45), mengaku rumahnya roboh. \"Saya langsung lari keluar,\" ujarnya.", "Saya langsung", "direct", "Asep", "nya", "ujarnya"},
		{"PassiveAskedBy", "en", `Sanders was asked by host Bill Maher, "Now, you said you were tired of the emails."`, "Now, you said", "direct", "Bill Maher", "host Bill Maher", "asked"},
		{"PassiveDitanyaOleh", "id", `Prabowo Subianto ditanya oleh wartawan Budi Santoso, "Kapan desa itu selesai dibangun?"`, "Kapan desa", "direct", "Budi Santoso", "wartawan Budi Santoso", "ditanya"},
		{"UnisexFirstNameTellsNothing", "en", `In all, the justices found common ground, Professor Lee Epstein said.` + "\n" + `"Kagan had a very good term," she said.`, "Kagan had", "direct", "Lee Epstein", "she", "said"},
		{"HolidayIsNoPerson", "en", "Thousands voted on Election Day.\n\"I am scared,\" she said.", "I am scared", "direct", "", "she", "said"},
		{"TitlePlaceName", "id", "Gempa mengguncang Kabupaten Sukabumi kemarin.\n\"Kami kekurangan alat berat,\" kata Bupati Sukabumi Marwan Hamami.", "Kami kekurangan", "direct", "Marwan Hamami", "Bupati Sukabumi Marwan Hamami", "kata"},
		{"CueInsideQuotation", "en", `Edi Rama spoke in Tirana. "We are ready," he said, "and we are not afraid."`, "and we are not", "direct", "Edi Rama", "he", "said"},
		{"CueInsideQuotationIndonesian", "id", `"Kami siap," ujar Prabowo Subianto, "dan kami tidak takut."`, "dan kami tidak", "direct", "Prabowo Subianto", "", ""},
		{"HotelIsNoFullerName", "en", `Trump Plaza Hotel reopened on Monday. "We will win," Trump said.`, "We will win", "direct", "Trump", "Trump", "said"},
		{"HotelIsNoFullerNameIndonesian", "id", `Di Trump Plaza Hotel semua berubah. "Kita akan menang," kata Trump.`, "Kita akan", "direct", "Trump", "Trump", "kata"},
		{"RoleNoun", "en", `Prime Minister Edi Rama met envoys. "The door stays closed," the prime minister said.`, "The door stays", "direct", "Edi Rama", "the prime minister", "said"},
		{"Partial", "en", `Iran's foreign ministry called the move "short-sighted" on Thursday.`, "short-sighted", "partial", "Iran's foreign ministry", "Iran's foreign ministry", "called"},
		{"OrganisationStatement", "en", `"We had no part in it," the MEK said in a statement.`, "We had no part", "direct", "MEK", "the MEK", "said in a statement"},
		{"Appositive", "en", `"Much remains to repair," said Ditmir Bushati, a former foreign minister.`, "Much remains", "direct", "Ditmir Bushati", "Ditmir Bushati", "said"},
		{"NullSpeaker", "en", `The banner read: "Never again."`, "Never again", "direct", "", "The banner", "read"},
		{"NoCueNoSpeaker", "en", "The crowd shouted slogans.\n\n\"Freedom now!\"", "Freedom now", "direct", "", "", ""},
		{"SingleCurly", "en", `‘L’Asia is not our problem,’ the attacker’s lawyer said.`, "L’Asia is not our problem", "direct", "", "the attacker’s lawyer", "said"},
		{"Guillemets", "en", `The spokesman, Ali Safavi, said: «We reject every accusation.»`, "We reject", "direct", "Ali Safavi", "Ali Safavi", "said"},
		{"LowQuotes", "en", `Ali Safavi wrote „We reject it“ in a letter.`, "We reject it", "partial", "Ali Safavi", "Ali Safavi", "wrote"},
		{"NYTApostrophes", "en", `''We will win,'' said Senator John McCain of Arizona.`, "We will win", "direct", "John McCain", "Senator John McCain", "said"},
		{"MisplacedClosingMark", "en", "Albania said: “We stand firm.” Allies will help Albania defend itself in the future, “it wrote.", "Allies will help", "direct", "Albania", "it", "wrote"},
		{"AddingAfterSaid", "en", "Omar Mateen prayed there on Friday. Adel Nefzi runs the mosque.\n\nMateen didn't mingle but left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\"", "He was not", "direct", "Adel Nefzi", "Nefzi", "adding"},
		{"AndAddedAfterSaid", "en", `In an interview with journalist Matei Rosca last year, Lazar said he welcomed extradition and added, "I'll plead guilty, no problem."`, "I'll plead", "direct", "Lazar", "Lazar", "added"},
		{"ParticipleAfterObject", "en", `Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta Lynch asking the Justice Department to investigate the "fiasco."`, "fiasco", "partial", "Greg Stanton", "Phoenix Mayor Greg Stanton", "asking"},
		{"ParticipleAfterName", "en", `Both men issued a statement, Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”`, "great meeting", "partial", "Trump", "Trump", "calling"},
		{"DashColonName", "en", "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat.”", "Pollsters are", "direct", "HuffPollster", "HuffPollster", ":"},
		{"HeadlineDashColonName", "en", "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states are solidly Republican.”", "Gallup’s analysis", "direct", "Jeffrey M. Jones", "Jeffrey M. Jones", ":"},
		{"TitleWordSurname", "en", "Tennis great Billie Jean King remembered Ali.\n\nKing says Ali “talked the talk and walked the walk.”", "talked the talk", "partial", "Billie Jean King", "King", "says"},
		{"OneWordNameCitedLater", "en", `Cruz took the stage with a shot at Trump, saying his use of the term "Palestine" was incorrect. "It has not existed since 1948," Cruz said.`, "Palestine", "partial", "Cruz", "Cruz", "saying"},
		{"TextAuthorBeforeFirstMention", "en", "The Democratic Party will sue the state of Arizona.\n\nThe lawsuit, which will be filed on Friday, focuses on Maricopa County.\n\nThe lines were \"alarmingly long,\" the lawsuit says.", "alarmingly long", "partial", "Democratic Party", "the lawsuit", "says"},
		{"ListenerAfterAppositive", "en", `"Positions are gonna soften," California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO before the interview.`, "Positions are", "direct", "Joe Kasper", "Joe Kasper", "told"},
		{"DescriptorBeforeFullName", "en", "Conservative icon Phyllis Schlafly, who died Monday, used her final column to praise Trump.\n\n“His visit reminds me of Reagan,” she wrote.\n\nHer final book, The Conservative Case for Trump, was released Tuesday.", "His visit", "direct", "Phyllis Schlafly", "she", "wrote"},
		{"TitledNameInPassing", "en", "United Technologies has offered to pay for schooling. But that is cold comfort to those, like Ms. Bigbee, who are near retirement.\n\nShe will be 60 in May. ''If I were in my 40s, I'd go back to school,'' she said.", "If I were", "direct", "Bigbee", "she", "said"},
		{"ItStandsForAText", "en", "Jeremy Bash sent an email to the staff on Tuesday night.\n\n\"The attack was planned in advance,\" it reads.", "The attack was", "direct", "Jeremy Bash", "it", "reads"},
		{"ItSpokeInAText", "en", "\"Protect it,\" said Andrea Lindqvist, an attorney for the plaintiffs.\n\nThe hospital said in a statement that it had acted swiftly. It said it would not \"comment on pending litigation.\"", "comment on pending", "partial", "", "It", "said"},
		{"IndefiniteRoleIsSomeoneNew", "en", "Clinton aide David Plouffe praised the plan.\n\n\"It will not last,\" one Clinton aide said.", "It will not last", "direct", "", "one Clinton aide", "said"},
		{"IndefiniteRoleIsSomeoneNewIndonesian", "id", "Pengamat politik Ujang Komarudin memuji rencana itu.\n\n\"Ini tidak akan bertahan,\" kata seorang pengamat politik.", "Ini tidak akan", "direct", "", "seorang pengamat", "kata"},
		{"PlaceModifiesRoleBeforeComma", "en", "Marco Rubio said he supports the plan.\n\n\"It is a difficult issue,\" said the Florida senator, \"because it puts two rights in conflict.\"", "It is a difficult", "direct", "Marco Rubio", "the Florida senator", "said"},
		{"FragmentWithOnlyItsAttributionPassesOn", "en", "Polls tightened in March.\n\nSanders \"is tapping into something very deep inside the Democratic Party,\" Simon Rosenberg, a Clinton supporter, told the New Yorker.\n\n\"He has characterized Hillary as a champion of that system.\"", "He has characterized", "direct", "Simon Rosenberg", "", ""},
		{"BarePluralSubjectBeforePossessedSpeechNoun", "en", "Experts have discounted Pyongyang's claims, saying the \"explosive yield\" was small.", "explosive yield", "partial", "", "Experts", "saying"},
		{"ObjectOfThroughIsNoSpeaker", "en", "Hundreds of demonstrators marched through Center City on Monday, chanting \"Bernie or Jill, No Hill.\"", "Bernie or Jill", "partial", "", "", "chanting"},
		{"ItAfterIt", "en", "Jeremy Bash sent an email three hours after the attack.\n\n\"I just tried you on the phone,\" it reads.\n\n\"We have identified the forces that could move,\" it said.", "We have identified", "direct", "Jeremy Bash", "it", "said"},
		{"ClauseAfterQuoteThenInvertedCue", "en", "Democratic strategists are skeptical.\n\n\"He can assert it, but it seems unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, a Democratic strategist.", "He can assert", "direct", "Steve Elmendorf", "Steve Elmendorf", "said"},
		{"ClauseAfterQuoteThenNameAndCue", "en", "Republicans blamed the president.\n\n\"Boots on the ground\" would be appropriate, Republican candidate Ben Carson said after the attacks.", "Boots on the ground", "direct", "Ben Carson", "Republican candidate Ben Carson", "said"},
		{"RelativeWhichAfterText", "en", "Hillary Clinton met donors in 2014.\n\nPence linked to the Associated Press report, which notes, \"More than half the people who met with Clinton gave money.\"", "More than half", "direct", "Associated Press", "the Associated Press report", "notes"},
		{"RelativeWhoAfterObject", "en", "A Sanders win creates an awkward situation for Hillary Clinton, who said she was \"the presumptive nominee\" on Monday.", "the presumptive", "partial", "Hillary Clinton", "Hillary Clinton", "said"},
		{"RoleWithPlaceNamesItsHolder", "en", "Texas Sen. Ted Cruz spoke in Iowa on Monday. Florida Sen. Marco Rubio was there too.\n\nRubio said he supports the plan.\n\n\"We will win,\" the Texas senator said.", "We will win", "direct", "Ted Cruz", "the Texas senator", "said"},
		{"DatelineIsNoSubject", "en", "Trump tweet draws fire.\n\nNEW YORK - Republican presidential candidate Donald Trump on Saturday tweeted an image bearing the words \"most corrupt candidate ever!\" prompting outrage.", "most corrupt", "partial", "Donald Trump", "Donald Trump", "tweeted"},
		{"DatelineIsNoSubjectIndonesian", "id", "Cuitan Prabowo menuai kritik.\n\nJAKARTA - Calon presiden Prabowo Subianto pada Sabtu mengunggah gambar bertuliskan \"calon paling korup\" yang memicu kemarahan.", "calon paling", "partial", "Prabowo Subianto", "Prabowo Subianto", ""},
		{"AppositionNamesRoleSubject", "en", "One of the farmers, Tom Hale, 62, said the dam would flood his land. The other man, his cousin Peter Costa, 58, pointed to the river. \"We were never asked,\" he said.", "We were never", "direct", "Peter Costa", "he", "said"},
		{"WhoMarksSingleNameAsPerson", "en", "Shonda Rhimes spoke about ambition.\n\nMeanwhile Adele, who won the award for best album, thanked her fans. \"I could not have done it without you,\" she said.", "I could not", "direct", "Adele", "she", "said"},
		{"NameModifyingRoleIsNoSubject", "en", "Barack Obama spoke on Monday.\n\nObama spokesman Josh Earnest criticized Manafort for the claim. \"Nice try,\" he said.", "Nice try", "direct", "Josh Earnest", "he", "said"},
		{"TextOfBodyNounAndTheName", "en", "The mayor, John Park, ignored the advice.\n\nThat angered the editors of The Gazette, and the newspaper's editorial on Friday urged him to resign.\n\n\"The city deserves better,\" the editorial read.", "The city deserves", "direct", "Gazette", "the editorial", "read"},
		{"TextThatSpokeBeforeSpeaksAgain", "en", "The mayor, John Park, ignored the advice.\n\nThat angered the editors of The Gazette, and the newspaper's editorial on Friday urged him to resign.\n\n\"The city deserves better,\" the editorial read.\n\nPark said he would stay.\n\n\"He must go,\" the editorial said.", "He must go", "direct", "Gazette", "the editorial", "said"},
		{"FrontedParticipleTakesMainSubject", "en", "The council met on Monday.\n\nAcknowledging that the plan \u201cneeds more work,\u201d though, Maria Garcia did say the city would fund it.", "needs more work", "partial", "Maria Garcia", "Maria Garcia", "Acknowledging"},
		{"FrontedParticipleAfterWhile", "en", "Elizabeth Warren spoke in Ohio. Mr. Furman acknowledged the risks.\n\nBut while denouncing the \u201cgreed\u201d of the banks to campaign audiences, she has not outlined a plan.", "greed", "partial", "Elizabeth Warren", "she", "denouncing"},
		{"CallAfterArticleIsNoCue", "en", "George Will wrote a column on Monday.\n\nCiting the attack as a wake-up call for voters and their \u201creveries about the job,\u201d Will urged the party to change course.", "reveries about", "partial", "George Will", "Will", "urged"},
		{"FragmentInNextParagraphIsNotPassedOn", "en", "\u201cWe will win this state,\u201d said John Smith.\n\nThe race remains \u201ca dead heat\u201d in the polls.", "a dead heat", "partial", "", "", ""},
		{"CueBeforeNamingNobodyYieldsToCueAfter", "en", "Delegates are asked to rank their choices, and the panel is less likely to be \u201coverrun with social conservatives,\u201d Margaret Hoover said.", "overrun with", "partial", "Margaret Hoover", "Margaret Hoover", "said"},
		{"RoleSubjectAfterOpeningPhrase", "en", "\u201cVendors are the soft underbelly,\u201d said Priya Natarajan, a researcher.\n\nThe case went to U.S. District Judge Raymond Ochoa. In a brief order Tuesday, the judge directed the hospital to preserve all records, writing that \u201cthe court expects full cooperation.\u201d", "the court expects", "partial", "Raymond Ochoa", "the judge", "writing"},
		{"PossessiveNameBeforeVerb", "en", "The store lost the case.\n\nMacy\u2019s said it was \u201creviewing the decision,\u201d including an appeal.", "reviewing the decision", "partial", "Macy\u2019s", "Macy\u2019s", "said"},
		{"IndefiniteRoleNamedInNextSentence", "en", "Five groups urged the mayor to reject the support of a retired general who said the city should \u201cclose\u201d its borders.\n\nGen. Mark Tolley, a retired four-star general, is an adviser to the mayor.", "close", "partial", "Mark Tolley", "a retired general", "said"},
		{"IndefiniteRoleWithApposition", "en", "Lawmakers spoke on Monday.\n\nA former presidential candidate -- John Adams, who lost the 2008 race -- said the plan \u201coffered nothing new.\u201d", "offered nothing", "partial", "John Adams", "A former presidential candidate", "said"},
		{"PassiveParticipleOpensSentence", "en", "Glenn Thrush interviewed Al Sharpton in his office last week.\n\nAsked by Thrush if the senator \u201cgets\u201d race, Sharpton avoided a clear answer.", "gets", "partial", "Glenn Thrush", "Thrush", "Asked"},
		{"SpeakerOfOpeningClauseIsNotTheSentences", "en", "Marco Rubio and Donald Trump debated in Miami on a stormy night.\n\nWhen Trump suggested that Cuba would sue the U.S. for reneging on the deal, Rubio fired back: \u201cIf they sue us, they will lose.\u201d\n\nAnd he continued on, mocking Trump\u2019s talk of \u201ca stronger deal\u201d with Cuba.", "a stronger deal", "partial", "Marco Rubio", "he", "continued"},
		{"LongOpeningClauseEndsAtCommaInsideMarks", "en", "The hacker spoke from prison.\n\nDuring an interview with correspondent Cynthia McFadden for \u201cDateline on Assignment\u201d broadcast on Wednesday\u2019s \u201cMSNBC Live,\u201d Marcel Lehel said that he had access to the server, which he described as \u201clike an open orchid.\u201d", "like an open orchid", "partial", "Marcel Lehel", "he", "described"},
		{"HerAsObjectTellsNoGender", "en", "James Comey spoke to Congress on Thursday.\n\nHillary Clinton said the server was secure. President Olusegun Obasanjo backed her up in an interview last October. \u201cI don\u2019t think it posed a problem,\u201d he said.", "I don\u2019t think", "direct", "Olusegun Obasanjo", "he", "said"},
		{"CapitalisedDescriptionBeforeRoleIsNoName", "en", "Clinton ad airs.\n\nPresumptive Democratic nominee Hillary Clinton released an ad on Sunday. It includes a clip of a television interview, in which he says he will build a \u201cdeportation force.\u201d", "deportation force", "partial", "", "he", "says"},
		{"ThingBeforeParticipleIsTheObject", "en", "Budget fight.\n\nThe town released a statement Wednesday saying Trump\u2019s comments \u201care based on his opinion.\u201d", "are based on", "partial", "", "", "saying"},
		{"PossessedOrganisationBeforeParticiple", "en", "Refugee plan.\n\nSen. David Vitter criticized the plan on Monday. His office put out a statement saying the U.S. \u201cdoes not have the capacity to vet refugees.\u201d", "does not have", "partial", "David Vitter's office", "His office", "saying"},
		{"AsNameSaidAfterFragment", "en", "Iowa votes.\n\nStill, the fact that the race \u201cis a dead heat right now,\u201d as Ted Cruz said on the radio on Monday, only magnifies every decision.", "is a dead heat", "partial", "Ted Cruz", "Ted Cruz", "said"},
		{"PronounAfterCommaThenCueAndAdjunct", "en", "Convention night.\n\nHillary Clinton won the nomination on Tuesday. Democrats had \u201cput the biggest crack\u201d yet in the glass ceiling, she said in a video message.", "put the biggest", "partial", "Hillary Clinton", "she", "said"},
		{"PossessivePronounBeforeSpeechNoun", "en", "Trump rally.\n\nDonald Trump spoke in Ohio on Monday. But while his promise to be \u201cneutral\u201d in the talks worried some, the crowd cheered.", "neutral", "partial", "Donald Trump", "his", ""},
		{"PassiveCueBeforeFragmentAgentAfter", "en", "Benghazi probe.\n\nThe investigation is often labeled as a \u201cwitch hunt\u201d by Democrats in Congress.", "witch hunt", "partial", "Democrats", "Democrats", "labeled"},
		{"PassiveVerbAfterFragmentAgentAfterBy", "en", "Tax plans.\n\nSen. Ted Cruz spoke last. The phrase \u201ctax reform\u201d was uttered once, by Mr. Cruz.", "tax reform", "partial", "Ted Cruz", "Mr. Cruz", "uttered"},
		{"TextSubjectWithItsAuthor", "en", "Primary night.\n\nBernie Sanders won New Hampshire on Tuesday. In addition, a fundraising email sent out by Sanders on Tuesday night warned of the fight ahead: \"There are 14 primaries over the next three weeks.\"", "There are 14", "direct", "Bernie Sanders", "a fundraising email", "warned"},
		{"EnglishFirstNameThatIsAnIndonesianStopWord", "en", "Campaign trail.\n\n\u201cIt\u2019s getting easier to train people,\u201d said Dan Fishman, the campaign\u2019s New England director.", "It\u2019s getting", "direct", "Dan Fishman", "Dan Fishman", "said"},
		{"MonthThatIsASurname", "en", "Brexit talks.\n\n\u201cBrexit means Brexit,\u201d Prime Minister Theresa May said on 5 May.", "Brexit means", "direct", "Theresa May", "Prime Minister Theresa May", "said"},
		{"ThingCalledByANameIsNoPerson", "en", "Gun laws.\n\nBarden now helps lead a program called Sandy Hook Promise. The group seeks to prevent deaths through what it calls \u201csensible gun laws.\u201d", "sensible gun", "partial", "Sandy Hook Promise", "it", "calls"},
		{"NameThatIsAnAuxiliary", "en", "Columnist.\n\nConservative columnist George Will wrote a scathing op-ed this week.\n\n\u201cThe eruption of war is a reminder,\u201d Will wrote.", "The eruption", "direct", "George Will", "Will", "wrote"},
		{"TwoTitlesJoinedByAnd", "en", "Biden speech.\n\n\u201cWhere surrogates have an effect is turnout,\u201d said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.", "Where surrogates", "direct", "Ed Rendell", "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell", "said"},
		{"ColonClauseWithoutSubjectTakesTheSentences", "en", "Convention.\n\nDonald Trump spoke for an hour.\n\nTrump gestured as if to stop the ruckus, then leaned in and grinned: \u201cLet\u2019s defeat her in November.\u201d", "Let\u2019s defeat", "direct", "Donald Trump", "Trump", ":"},
		{"FirstPersonNarratorIsTheWriter", "en", "My week with Bernie.\n\nI told Sanders later that his \u201cendorsement\u201d of me was mentioned by Yahoo News.\n\nPolitics is a tough game.\n\nGaudiano is a Washington-based reporter for the USA TODAY NETWORK.", "endorsement", "partial", "Gaudiano", "I", "told"},
		{"AuthorOfTextOpeningTheSentence", "en", "Endorsements.\n\nGov. Chris Christie endorsed Donald Trump last week. Ian Tuttle wrote about it.\n\nTuttle\u2019s article also attacked Christie for endorsing Trump. He calls the endorsement \u201cthe most transparent display of affection\u201d in years.", "the most transparent", "partial", "Ian Tuttle", "He", "calls"},
		{"OutletIsAnOrganisationNoun", "en", "FBI inquiry.\n\nFox News aired the report on Monday.\n\n\u201cThe investigation is expanding,\u201d the news outlet said.", "The investigation", "direct", "Fox News", "the news outlet", "said"},
		{"IndefiniteOrganisationNamesNone", "en", "Press review.\n\nA German newspaper wrote \u201eTirana zeigt H\u00e4rte\u201c on Friday.", "Tirana zeigt", "partial", "", "A German newspaper", "wrote"},
		{"OuterAccordingTo", "en", "Budget fight\n\n\"We will not sign this bill,\" Governor Ana Ortiz said on Monday, according to the Daily Ledger.", "We will not sign", "direct", "Daily Ledger", "the Daily Ledger", "according to"},
		{"OuterOutletReported", "en", "Budget fight\n\nGovernor Ana Ortiz called the plan \"a gift to landlords,\" the Harbor Times reported.", "a gift", "partial", "Harbor Times", "the Harbor Times", "reported"},
		{"OuterAccordingToOpens", "en", "Budget fight\n\nAccording to Reuters, Governor Ana Ortiz told aides the vote was \"a done deal.\"", "a done deal", "partial", "Reuters", "Reuters", "According to"},
		{"OuterOwnText", "en", "Budget fight\n\nGovernor Ana Ortiz called the plan \"a gift to landlords,\" according to her memoir.", "a gift", "partial", "Ana Ortiz", "Governor Ana Ortiz", "called"},
		{"ReporterOfNestedCue", "en", "Budget fight\n\nSenator Paul Okafor said Governor Ana Ortiz had called the plan \"a gift to landlords.\"", "a gift", "partial", "Paul Okafor", "Senator Paul Okafor", "said"},
		{"ReporterOfNestedCueThat", "en", "Budget fight\n\nThe mayor, Lena Brandt, said that Ortiz told aides the vote was \"a done deal.\"", "a done deal", "partial", "Lena Brandt", "Lena Brandt", "said"},
		{"ReporterOfAnyCueBeforeThat", "en", "Budget fight\n\nWhen Mayor Lena Brandt pointed out that Ortiz refers to the plan as \"a tax on renters,\" the room went quiet.", "a tax on renters", "partial", "Lena Brandt", "Mayor Lena Brandt", "pointed out"},
		{"PartyStateInBrackets", "en", "Budget fight\n\nRep. Lena Brandt (D-N.Y.) said Governor Ana Ortiz called on members to be \"closely coordinated.\"", "closely coordinated", "partial", "Lena Brandt", "Rep. Lena Brandt", "said"},
		{"HeadlineNameWithParty", "en", "Budget fight\n\nRep. Paul Okafor (R-S.C.):\"I have not heard anyone cite that figure.\"", "I have not heard", "direct", "Paul Okafor", "Rep. Paul Okafor", ":"},
		{"SpeechNounInOpeningPhrase", "en", "Budget fight\n\nIn response to Ortiz's comments in Maine, Mayor Lena Brandt released a statement saying that Ortiz had \"misled the public\" during the launch.", "misled the public", "partial", "Lena Brandt", "Mayor Lena Brandt", "saying"},
		{"EarlierCueSubjectBeforeAdverb", "en", "Budget fight\n\nThe Renters League strongly denounced the plan and said it was \"a tax on renters.\"", "a tax on renters", "partial", "Renters League", "The Renters League", "said"},
		{"NoReportingVerbTakesObject", "en", "Budget fight\n\nMayor Lena Brandt summed up the plan as \"reckless,\" denounced her rival's record and said the vote should wait.", "reckless", "partial", "Lena Brandt", "Mayor Lena Brandt", ""},
		{"RelativeWhoAfterRole", "en", "Budget fight\n\nMayor Lena Brandt met the governor on Monday.\n\nIn Harbor City, Governor Ana Ortiz endured a lecture from the mayor, who said the plan was \"a tax on renters.\"", "a tax on renters", "partial", "Lena Brandt", "the mayor", "said"},
		{"OuterOutletAfterDoubledMarks", "en", "Budget fight\n\nMayor Lena Brandt said at a conference that she was ''very comfortable with the plan,'' The Harbor Times reported.", "very comfortable", "partial", "Harbor Times", "The Harbor Times", "reported"},
		{"NameBeforeVerbAndReflexive", "en", "Budget fight\n\nAt Sunday night's debate, Okafor compared himself to the governor, saying, \"I don't take fees from developers.\"", "I don't take", "direct", "Okafor", "Okafor", "saying"},
		{"OnlyBetweenSubjectAndCue", "en", "Budget fight\n\nThe vote was set for Christmas Eve, and a spokesman for Mayor Lena Brandt could only quip: \"I guess the other days were booked.\"", "I guess", "direct", "", "a spokesman for Mayor Lena Brandt", "quip"},
		{"SpokesmanForOrganisation", "en", "Budget fight\n\n\"The facts have not changed,\" a spokeswoman for the Harbor City Council said.", "The facts have", "direct", "Harbor City Council", "a spokeswoman for the Harbor City Council", "said"},
		{"AgreesAfterQuote", "en", "Budget fight\n\n\"Our ideas of success are different,\" agrees Michelle Okafor, 30, of Harbor City.", "Our ideas", "direct", "Michelle Okafor", "Michelle Okafor", "agrees"},
		{"IndefinitePronounSpeaker", "en", "Budget fight\n\nMayor Lena Brandt answered the tweet.\n\nAnother tweeted, \"The council thinks it is above the rules.\"", "The council thinks", "direct", "", "Another", "tweeted"},
		{"RoleAfterReportedSpeaker", "en", "Budget fight\n\nGovernor Ana Ortiz plans to cut the housing budget by \"a tenth or more,\" Mayor Lena Brandt said Monday.\n\n\"They have to stop and listen,\" the former teacher told a radio station.", "They have to stop", "direct", "Lena Brandt", "the former teacher", "told"},
		{"StrategistTitleBeforeName", "en", "Budget fight\n\n\"The race is over,\" said Democratic strategist Simon Okafor.", "The race is over", "direct", "Simon Okafor", "Democratic strategist Simon Okafor", "said"},
		{"AppositionBeforeRelative", "en", "Budget fight\n\n\"We are gearing up,\" said Paul Okafor, the Chamber's chief political strategist, who added that the group plans to focus on \"races like sheriff.\"", "races like sheriff", "partial", "Paul Okafor", "Paul Okafor", "added"},
		{"IndefiniteAppositionAfterName", "en", "Budget fight\n\n\"The risk,\" said Lena Brandt, an economist who directs the city forecast, \"is that we attract workers and repel jobs.\"", "is that we attract", "direct", "Lena Brandt", "Lena Brandt", ":"},
		{"TwoAdjectivesBeforeRole", "en", "Budget fight\n\nSecretary General Lena Brandt spoke in Geneva on Monday.\n\n\"From Day One, I made housing the top priority,\" the bespectacled, 71-year-old diplomat said in an interview.", "From Day One", "direct", "Lena Brandt", "the bespectacled, 71-year-old diplomat", "said"},
		{"IndefiniteTextOfOrganisation", "en", "Budget fight\n\nMost residents say the plan is \"a tax on renters,\" according to a Harbor Gazette poll released Thursday.", "a tax on renters", "partial", "Harbor Gazette", "a Harbor Gazette poll", "according to"},
		{"PossessorOpensSentenceBeforePronoun", "en", "Budget fight\n\nMayor Paul Okafor opened the council meeting on Monday.\n\nSenator Tom Reyes spoke first.\n\nOkafor's term as council chief expires later this year. He said the plan would be \"his last fight.\"", "his last fight", "partial", "Paul Okafor", "He", "said"},
		{"OrganisationNameWithCommas", "en", "Rice deal\n\n''The safeguard provisions are among the strongest we have signed,'' the Ministry of Trade, Industry and Energy said in a statement.", "The safeguard provisions", "direct", "Ministry of Trade, Industry and Energy", "the Ministry of Trade, Industry and Energy", "said in a statement"},
		{"NarrativeWithFragmentBeforeQuotation", "en", "Budget fight\n\nCouncil member Paul Okafor, who calls the plan \"a giveaway,\" doubts the mayor can pass it. He has counted the votes twice.\n\n\"To my knowledge, nobody has changed sides.\"", "To my knowledge", "direct", "Paul Okafor", "", ""},
		{"NameWithMisdecodedLetters", "en", "Budget fight\n\n\"Mexicans deserve respect,\" said Enrique Pe\u00c3\u00b1a Nieto, and Arturo Sarukh\u00c3\u0083\u00c2\u00a1n agreed.", "Mexicans deserve", "direct", "Enrique Pe\u00c3\u00b1a Nieto", "Enrique Pe\u00c3\u00b1a Nieto", "said"},
		{"LowerCaseWordsAfterPartyTitle", "en", "Budget fight\n\n\"The plan is dead,\" said Republican political consultant Chris Okafor.", "The plan is dead", "direct", "Chris Okafor", "Republican political consultant Chris Okafor", "said"},
		{"GroupIsNoAntecedent", "en", "Budget fight\n\nMayor Paul Okafor spoke in Harbor City on Monday. His best voters are young Latinos and Asian Americans, who have registered in large numbers.\n\nIn March he said the plan was \"a gift to renters.\"", "a gift to renters", "partial", "Paul Okafor", "he", "said"},
		{"SurnameThatIsAGroupWord", "en", "Budget fight\n\nMark Cuban spoke on Monday.\n\nCuban is a billionaire. He called the plan \"nonsense.\"", "nonsense", "partial", "Mark Cuban", "He", "called"},
		{"ParticipleOpensSentenceBeforeSubject", "en", "Budget fight\n\nCouncil member Lena Brandt wrote a column. Her book, The Case for Okafor, came out Tuesday.\n\nNoting that both Okafor and Reyes faced critics, Brandt put her finger on one facet of the plan.\n\n\"Okafor is the first mayor since Reyes to build,\" she wrote.", "Okafor is the first", "direct", "Lena Brandt", "she", "wrote"},
		{"OrganisationSubjectOfEarlierCue", "en", "Budget fight\n\nLast week, the Okafor campaign also called on the agency to conduct a review and said the city should set up a \"health monitoring system\" to test residents.", "health monitoring system", "partial", "Okafor campaign", "the Okafor campaign", "said"},
		{"AccordingToPersonsCampaign", "en", "Budget fight\n\nAccording to the Okafor campaign, \"The speech will be delivered at noon.\"", "The speech will", "direct", "Okafor campaign", "the Okafor campaign", "According to"},
		{"SubjectWithVerbAfterCueIsNoSpeaker", "en", "Budget fight\n\nWhile those surveyed said Mayor Paul Okafor has the \"best experience,\" most trust the governor on taxes.", "best experience", "partial", "", "", "said"},
		{"TextByItsAuthor", "en", "Budget fight\n\nThe tax cut emissions with \"negligible effects on growth,\" according to a study last year by economists Lena Brandt and Paul Okafor.", "negligible effects", "partial", "Lena Brandt", "a study last year by economists Lena Brandt", "according to"},
		{"TextFromOrganisation", "en", "Budget fight\n\nThe plan is \"a giveaway,\" according to a letter from the Harbor City Council.", "a giveaway", "partial", "Harbor City Council", "a letter from the Harbor City Council", "according to"},
		{"TextReviewedByOutlet", "en", "Budget fight\n\nThe mayor threatened \"a major lawsuit,\" according to a copy of the letter reviewed by The Harbor Times.", "a major lawsuit", "partial", "", "a copy of the", "according to"},
		{"FragmentInBlockQuotation", "en", "Budget fight\n\nIn the text accompanying the video, Mayor Paul Okafor wrote:\n\nI think this plan is timely, as polls show a slipping of support. But what we should ask is \"who pays the rent?\"\n\nThe council met on Monday.", "who pays the rent", "partial", "Paul Okafor", "", ""},
		{"InterjectedCue", "en", "Budget fight\n\nMayor Lena Brandt said the plan was sound, to which Paul Okafor interjected: \"It's just not true.\"", "It's just not true", "direct", "Paul Okafor", "Paul Okafor", "interjected"},
		{"AsDescribedByAfterQuotation", "en", "Budget fight\n\nFrom her failures to being \"extremely careless\" in handling the files, as described by Police Chief Paul Okafor, many believe the mayor failed.", "extremely careless", "partial", "Paul Okafor", "Police Chief Paul Okafor", "described"},
		{"CueGovernsLaterFragmentInSentence", "en", "Budget fight\n\nLena Brandt says her \"old friend\" Paul Okafor ran \"an honest campaign.\"", "an honest campaign", "partial", "Lena Brandt", "Lena Brandt", ""},
		{"CueInRelativeClauseGovernsOnlyIt", "en", "Budget fight\n\nIn a clip that Judge Lena Brandt called \"distasteful,\" Paul Okafor expressed a desire to \"shut the council down.\"", "shut the council", "partial", "Paul Okafor", "Paul Okafor", ""},
		{"RelativeClauseAfterFragmentSpeaksForItself", "en", "Budget fight\n\nMayor Lena Brandt added that the risk rose \"a couple of clicks\" because of Paul Okafor's remarks, which have included the claim that the council was the \"enemy\" of renters.", "enemy", "partial", "Paul Okafor", "Paul Okafor", ""},
		{"InvertedCueBetweenCommas", "en", "Budget fight\n\nThe paradox of Okafor, says Lena Brandt, a historian at the city library, is that he was \"the most powerful mayor in decades.\"", "the most powerful", "partial", "Lena Brandt", "Lena Brandt", "says"},
		{"PronounAndVerbAfterFragmentIsNoCue", "en", "Budget fight\n\nThe plan gives renters the \"breathing room\" they need to stay, Mayor Paul Okafor said.", "breathing room", "partial", "Paul Okafor", "Mayor Paul Okafor", "said"},
		{"CueAfterLaterFragmentOfSentence", "en", "Budget fight\n\nGiven Okafor's record, his plan will carry \"a great deal of weight\" and give renters the \"breathing room\" to stay, council spokesman Lena Brandt said.", "a great deal", "partial", "Lena Brandt", "council spokesman Lena Brandt", ""},
		{"SubjectOfLastSubordinateClause", "en", "Budget fight\n\nCouncil member Lena Brandt on Monday signed an order to block the plan, while Mayor Paul Okafor proposed we \"wake up and smell the coffee.\"", "wake up", "partial", "Paul Okafor", "Mayor Paul Okafor", ""},
		{"AsIfClauseIsNoSpeaker", "en", "Budget fight\n\nWhen Mayor Paul Okafor was questioned about the dispute, his response focused on how Lena Brandt stayed silent, as if she \"had nothing to say.\"", "had nothing", "partial", "Paul Okafor", "Mayor Paul Okafor", ""},
		{"CueWordAfterPrepositionIsANoun", "en", "Budget fight\n\nAs the race turned to contests in states with more diverse electorates, Mayor Paul Okafor has decried the \"systemic racism\" of the old plan.", "systemic racism", "partial", "Paul Okafor", "Mayor Paul Okafor", ""},
		{"SubjectAndCueEndTheSentence", "en", "Budget fight\n\nMayor Paul Okafor spoke on Monday.\n\nThe \"dirty tricks\" that Lena Brandt used against the council are not on the same level as the old scandal at the port authority, the mayor said Friday.", "dirty tricks", "partial", "Paul Okafor", "the mayor", "said"},
		{"GoesOnBeforeANounIsNoCue", "en", "Budget fight\n\nBy contrast, Council member Lena Brandt said that once the council goes on recess, \"I intend to do as much as I can.\"", "I intend", "direct", "Lena Brandt", "Lena Brandt", "said"},
		{"NameBeforePastVerbOpensClause", "en", "Convention\n\nThe crowd cheered when Okafor walked in.\n\nOkafor gestured to stop the noise, then leaned in and boomed: \"Let's win in November.\"", "Let's win", "direct", "Okafor", "Okafor", "boomed"},
		{"AbsentOpensNoName", "en", "Budget fight\n\nAbsent Okafor's plan, which he has not released, Maria Garcia pointed to the nine times the council voted on it.\n\n\"It's a bit concerning to me,\" she went on.", "It's a bit", "direct", "Maria Garcia", "she", "went on"},
		{"OrganisationAndRoleBeforeFullName", "en", "Budget fight\n\nCampaign chair Paul Okafor dismissed the whole affair as \"absurd.\"", "absurd", "partial", "Paul Okafor", "Campaign chair Paul Okafor", ""},
		{"PossessorBodyRoleAndApposition", "en", "Budget fight\n\nOn television, Mayor Brandt's campaign chairman, Paul Okafor, dismissed the criticism as \"nonsense.\"", "nonsense", "partial", "Paul Okafor", "Mayor Brandt's campaign chairman, Paul Okafor", ""},
		{"PossessorAndSeveralWordsBeforeRoleAndName", "en", "Budget fight\n\nThe plan is \"a disaster,\" according to Okafor's former education secretary William J. Bennett.", "a disaster", "partial", "William J. Bennett", "Okafor's former education secretary William J. Bennett", "according to"},
		{"FrontedParticipleMainClauseBeforeFragment", "en", "Budget fight\n\nMayor Paul Okafor spoke on Monday.\n\nDeclaring that he alone can fix the budget, the mayor offered himself as a \"law and order\" candidate.", "law and order", "partial", "Paul Okafor", "the mayor", "Declaring"},
		{"RoleJusticeResolvesToHolder", "en", "Budget fight\n\nJustice Lena Brandt regretted her remarks.\n\nIn three separate interviews, the justice sounded off on the mayor, saying she did not \"want to contemplate\" a second term.", "want to contemplate", "partial", "Lena Brandt", "the justice", "saying"},
		{"PersonOfOrganisationIsThePerson", "en", "Poll\n\nAnother pollster, Paul Okafor of Clemson University, said his survey of voters showed Mayor Lena Brandt's support holding steady.\n\n\"Go figure,\" he said in an email.", "Go figure", "direct", "Paul Okafor", "he", "said"},
		{"AffiliationAfterPersonIsNoPerson", "en", "Poll\n\nAs Paul Okafor of Breitbart California observed, \"the clear winner was the network.\"", "the clear", "direct", "Paul Okafor", "Paul Okafor of Breitbart California", "observed"},
		{"ApposedNameBeforeOrganisation", "en", "Caucus\n\nOne pastor supporting Mayor Okafor, Tevin Marsh of Liberty Baptist Church in Marion, said he had made 150 phone calls.\n\n\"Find your polling place,\" he tells parishioners.", "Find your", "direct", "Tevin Marsh", "he", "tells"},
		{"ContractedHasIsNoPossessive", "en", "Budget fight\n\nMayor Paul Okafor criticised Tom Brandt on Monday.\n\nOkafor's been making the case for weeks that Brandt isn't ready for the job. \"You have not been tested,\" he said.", "You have", "direct", "Paul Okafor", "he", "said"},
		{"SentenceEndingWithSpeakerAndCue", "en", "Budget fight\n\nTom Brandt is not only right on the budget, he is also the ablest member of the council Paul Okafor argues.\n\n\"Brandt is our best debater,\" he says.", "Brandt is our", "direct", "Paul Okafor", "he", "says"},
		{"TownBeforeStateIsNoPerson", "en", "Rally\n\nMayor Paul Okafor spoke on Monday.\n\nAfter the rally in Fremont Heights, California, the crowd went home. \"Many of them were paid,\" he said.", "Many of them", "direct", "Paul Okafor", "he", "said"},
		{"NameModifyingANounIsNoSubject", "en", "Ads\n\nMayor Paul Okafor owns two papers.\n\nTom Brandt, a strategist whose agency made the ads, said its goal was a deal. The Okafor outlets have been standing in the way, he said, by creating a \"false reality bubble.\"", "false reality", "partial", "Tom Brandt", "he", "said"},
		{"MiddleInitialIsNoTitle", "en", "Budget fight\n\n\"The plan is new,\" said Laurence H. Okafor, a professor of law.", "The plan", "direct", "Laurence H. Okafor", "Laurence H. Okafor", "said"},
		{"ConnectorAfterTitlesIsNoName", "en", "Budget fight\n\n\"We will wait,\" said White House Chief of Staff Denis Okafor.", "We will", "direct", "Denis Okafor", "White House Chief of Staff Denis Okafor", "said"},
		{"MilitaryTitleAbbreviation", "en", "Budget fight\n\n\"We will wait,\" said Chief of Naval Operations Adm. Paul Okafor.", "We will", "direct", "Paul Okafor", "Chief of Naval Operations Adm. Paul Okafor", "said"},
		{"AuthorIsTheAgentOfSentBy", "en", "Budget fight\n\nThe email, released by a watchdog group, was sent at 7:19 p.m. EST by then-council Chief of Staff Paul Okafor, three hours after the vote. Two members left.\n\n\"I just tried you on the phone,\" it reads.", "I just tried", "direct", "Paul Okafor", "it", "reads"},
		{"ObjectBeforePrepositionIsNoSpeaker", "en", "Ads\n\nThe ad, a spot of the “Fair Play” group, thanked Mayor Paul Okafor for “taking these steps to make us safer.”", "taking these", "partial", "", "", "thanked"},
		{"ParticipleGoesWithLastClause", "en", "Floods\n\nThe Advocate had chided Mayor Paul Okafor for his vacation.\n\nOkafor did visit the city, but not until the week after the newspaper's editorial telling him to leave his \"playground for the posh.\"", "playground", "partial", "Advocate", "the newspaper's editorial", "telling"},
		{"ParticipleOfNoPersonYieldsToSpeakerAfter", "en", "Convention\n\nHer friends have mocked Mayor Okafor's costly campaign, calling Okafor \"an orange buffoon,\" Lena Brandt said as she turned around.", "an orange", "partial", "Lena Brandt", "Lena Brandt", "said"},
		{"QuotedNameInsideApposition", "en", "Convention\n\n\"We have had better conventions,\" delegate Paul Okafor, wearing a hat and \"Lena Brandt\" campaign pins, said as confetti fell.", "We have had", "direct", "Paul Okafor", "delegate Paul Okafor, wearing a hat and \"Lena Brandt\" campaign pins", "said"},
		{"TitleEndsAppositionBeforeCue", "en", "Court\n\nThe court is split.\n\nAs Paul Okafor, professor of law at Yale and author of \"The Unwritten Charter,\" put it, \"Senators should remember that a compromise may be better.\"", "Senators should", "direct", "Paul Okafor", "Paul Okafor, professor of law at Yale and author of \"The Unwritten Charter,\"", "put it"},
		{"ReportCueBeforeReporterEndsSentence", "en", "Platform\n\nThe party's president noted that the plan – what her group calls \"comprehensive care\" – is new this year, reported the Harbor Times.", "comprehensive", "partial", "Harbor Times", "the Harbor Times", "reported"},
		{"RelativeClauseBeforeCue", "en", "Budget fight\n\nMayor Paul Okafor has condemned the plan.\n\nThe senators who wrote to him on Thursday say they are \"concerned about mixed messages.\"", "concerned", "partial", "", "The senators who wrote to him on Thursday", "say"},
		{"TimePhraseBeforeCue", "en", "Budget fight\n\nThe Budget Office less than two weeks ago said for the first time that \"top secret\" files were lost.", "top secret", "partial", "Budget Office", "The Budget Office less than two weeks ago", "said"},
		{"RoleWordModifyingText", "en", "Budget fight\n\n\"The evidence cannot prove it,\" according to a court document filed by state attorney Paul Okafor.", "The evidence", "direct", "Paul Okafor", "a court document filed by state attorney Paul Okafor", "according to"},
		{"PossessorRoleAndPersonInApposition", "en", "Budget fight\n\n\"We are treating it as one long day,\" said Okafor's deputy campaign manager, Paul Brandt, who oversaw the plan.", "We are treating", "direct", "Paul Brandt", "Okafor's deputy campaign manager, Paul Brandt", "said"},
		{"PossessorNounAndRoleInApposition", "en", "Budget fight\n\n\"It is about time,\" exhorted Okafor's introducer, actress Lena Maria Brandt.", "It is about", "direct", "Lena Maria Brandt", "Okafor's introducer, actress Lena Maria Brandt", "exhorted"},
		{"RoleNounBeforeFullNameIsTitle", "en", "Budget fight\n\nActor Paul Okafor spoke at the rally on Monday.\n\n\"We will win,\" Okafor said.", "We will win", "direct", "Paul Okafor", "Okafor", "said"},
		{"ClauseOpenerAfterCueIsNoSpeaker", "en", "Budget fight\n\n\"Very good reporter, very good reporter this guy,\" Okafor, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, said when Brandt asked him a question.", "Very good", "direct", "", "", ""},
		{"MainClauseSubjectBeforeAndCue", "en", "Budget fight\n\nMayor Paul Okafor spoke first.\n\nWhen asked whom she supported, Ms. Lena Brandt smiled and said, \"I'm waiting for someone else.\"", "I'm waiting", "direct", "Lena Brandt", "Ms. Lena Brandt", "said"},
		{"RomanNumeralSuffixIsNoAcronym", "en", "Budget fight\n\nJoseph R. Okafor II, a onetime lawyer for the council, later left the city.\n\nHe recently wrote a commentary, saying it was \"a sad day.\"", "a sad day", "partial", "Joseph R. Okafor II", "He", "saying"},
		{"RoleModifiersMustAgreeWithHolder", "en", "Radio\n\nLatino USA journalist Maria Lopez criticised the remarks.\n\nThe network's news anchor Lena Brandt reacted with a letter.\n\nThe Afro-Colombian journalist expressed concern. \"I am concerned,\" she tweeted.", "I am concerned", "direct", "Lena Brandt", "she", "tweeted"},
		{"PartyOfRoleMustAgreeWithHolder", "en", "Race\n\nAs usual, it was Paul Okafor who commanded most of the attention. Appearing on a Sunday show, the GOP front-runner said Democratic front-runner Brandt \"caused tremendous damage.\"", "caused tremendous", "partial", "Paul Okafor", "the GOP front-runner", "said"},
		{"HeadlineCueEndsName", "en", "Paul Okafor Says the budget is fine\n\nThe mayor spoke on Monday.\n\n\"It is fine,\" Okafor said.", "It is fine", "direct", "Paul Okafor", "Okafor", "said"},
		{"HeadlineRepWithoutStop", "en", "GOP Rep Okafor backs the plan\n\nRep. Paul Okafor spoke on Monday.\n\n\"It is fine,\" Okafor said.", "It is fine", "direct", "Paul Okafor", "Okafor", "said"},
		{"RoleOrOriginBeforeUnknownFirstName", "en", "Budget fight\n\nTexas-based Darran Okafor spoke on Monday.\n\n\"It is fine,\" Okafor said.", "It is fine", "direct", "Darran Okafor", "Okafor", "said"},
		{"DomainIsOneWord", "en", `"Clinton needs a strategy," Nate Silver, who founded fivethirtyeight.com, tweeted on Wednesday.`, "Clinton needs", "direct", "Nate Silver", "Nate Silver, who founded fivethirtyeight.com", "tweeted"},
		{"RoleApposedWithRelativeClause", "en", `"Clinton needs a strategy," Nate Silver, the polling guru who founded the site tweeted on Wednesday.`, "Clinton needs", "direct", "Nate Silver", "Nate Silver, the polling guru who founded the site", "tweeted"},
		{"RelativeClauseWithoutClosingComma", "en", `"This ad raises new questions," Katie Packer, who is chairman of Our Principles PAC said in a statement.`, "This ad raises", "direct", "Katie Packer", "Katie Packer, who is chairman of Our Principles PAC", "said in a statement"},
		{"RelativePronounAsObject", "en", `Bernie Sanders spoke in Ohio on Monday. He attacked Donald Trump, who he blasted as "a phony with no plan."`, "a phony", "partial", "Bernie Sanders", "he", "blasted"},
		{"FragmentCueAfterClosingComma", "en", `Sen. Marco Rubio, R-Fla., appeared on Fox News after the speech. Nothing the president said "will assuage people's fears," the Florida senator said.`, "will assuage", "partial", "Marco Rubio", "the Florida senator", "said"},
		{"FragmentCueBeforeKeptWithoutClosingCue", "en", `Sen. Marco Rubio, R-Fla., appeared on Fox News. Mr. Obama said the plan would "assuage people's fears," and Rubio left.`, "assuage", "partial", "Obama", "Mr. Obama", "said"},
		{"QualifierIsWholePlaceName", "en", "At the moment Chris Christie learned he had been bumped, he was on the trail. Sooner or later, the New Jersey governor told reporters, \"it starts to pay off.\"\n\nAlso in the state is former New York governor George Pataki.", "it starts", "direct", "Chris Christie", "the New Jersey governor", "told reporters"},
		{"TitleHoldsRoleAsWholeWord", "en", `Senate Majority Leader Mitch McConnell spoke first. Bernie Sanders released a new ad on Monday. The ad says "a rigged economy is wrong."`, "a rigged economy", "partial", "Bernie Sanders", "The ad", "says"},
		{"TitleHoldsRoleNotInsideWord", "en", `National Republican Senatorial Committee Chairman Roger Wicker said Cruz would help. "I wonder how the troops enjoy that," John McCain said. The longtime senator said he rarely asks for help, "except for people I'm very close to."`, "except for people", "direct", "John McCain", "The longtime senator", "said"},
		{"PossessiveApostropheAfterS", "en", `Bernie Sanders won the state on Tuesday. "We will fight on to the convention," Sanders' campaign said in a statement.`, "We will fight", "direct", "Sanders' campaign", "Sanders' campaign", "said in a statement"},
		{"PossessiveApostropheIsNoSubject", "en", `Ben Carson says he is under attack. "There's no question I'm getting special scrutiny," the Republican presidential candidate told CBS' Face the Nation on Sunday, saying that people "are very threatened" by him.`, "are very threatened", "partial", "Ben Carson", "the Republican presidential candidate", "saying"},
		{"ClosingSingleMarkAfterS", "en", `Critics sang 'Jingle Bells' and left. "It was a joke," Mr. Smith said.`, "It was a joke", "direct", "Smith", "Mr. Smith", "said"},
		{"AbbreviationBeforeClosingComma", "en", `"Blacks and Hispanics benefited more from the A.C.A.," said Simon Rosenberg, president of NDN.`, "Blacks and Hispanics", "direct", "Simon Rosenberg", "Simon Rosenberg", "said"},
		{"PossessiveBodyThenRoleAndName", "en", `Bernie Sanders spoke in California. "We have a path to victory," added his campaign manager Jeff Weaver.`, "We have a path", "direct", "Jeff Weaver", "his campaign manager Jeff Weaver", "added"},
		{"SurnameModifiesNounBeforeName", "en", `"It is a fair deal," said Clinton ally James Carville.`, "It is a fair deal", "direct", "James Carville", "Clinton ally James Carville", "said"},
		{"SurnameThenTimeIsTheSpeaker", "en", `"We won the state," said Clinton on Tuesday to campaign chairman John Podesta.`, "We won", "direct", "Clinton", "Clinton", "said"},
		{"SentenceEndingAttributionOverFragmentCue", "en", `China's influence has provoked mixed feelings in many Asian states, and it has used "velvet gloves" in its dealings with Central Asia, said Nargis Kassenova, an expert at KIMEP University.`, "velvet gloves", "partial", "Nargis Kassenova", "Nargis Kassenova", "said"},
		{"TextSubjectBeforeObjectPerson", "en", `Mitchell Zuckoff wrote a book about the attack. The book accuses Bob Smith of treating the guards like "Wal-Mart security guards."`, "Wal-Mart", "partial", "Mitchell Zuckoff", "The book", "accuses"},
		{"PossessivePronounBodySubject", "en", `Bernie Sanders spoke in Iowa. His campaign protested that Clinton aides knew Sanders "already had locked in a park permit" that day.`, "already had", "partial", "Bernie Sanders's campaign", "His campaign", ""},
		{"PresumptiveIsATitleWord", "en", "WASHINGTON, June 24 (UPI) — Presumptive Democratic presidential nominee Hillary Clinton unveiled her first Spanish-language campaign ad, criticizing Donald Trump’s immigration proposals.\n\nThe ad includes a clip of a Trump television interview, in which he says he will assemble a “deportation force” to round up illegal immigrants.", "deportation force", "partial", "Donald Trump", "he", "says"},
		{"SetOffParticipleIsPassive", "en", "The investigation — often labeled as a “witch hunt” by Democrats — is over.", "witch hunt", "partial", "Democrats", "Democrats", "labeled"},
		{"NameModifyingGroupIsNoSubject", "en", "Bernie Sanders lost the vote in Nevada. Sanders supporters are crying \"fraud\" over delegate selection.", "fraud", "partial", "", "Sanders supporters", ""},
		{"PossessivePronounBodyOpensClause", "en", "Bernie Sanders won in New Hampshire. Even before Sanders took the stage Tuesday night, his campaign sent out a text message to supporters saying: \"With your help, we won!\"", "With your help", "direct", "Bernie Sanders's campaign", "his campaign", "saying"},
		{"NameModifyingGroupAfterQuote", "en", "Hillary Clinton spoke on Monday.\n\n\"It is doomed,\" Clinton backers said.", "It is doomed", "direct", "", "Clinton backers", "said"},
		{"ButClauseSubjectAfterArticle", "en", "Bernie Sanders challenged Hillary Clinton to a debate.\n\nClinton proposed a New York debate on the evening of April 4 - but the Sanders campaign rejected the idea as \"ludicrous\" because of a basketball game.", "ludicrous", "partial", "Sanders campaign", "the Sanders campaign", ""},
		{"PossessivePronounGroupSubject", "en", "Pope Francis visited Mexico on Wednesday.\n\nHis critics in the United States, many of them conservative Roman Catholics, argue that Francis is a \"political pope\" with a leftist agenda.", "political pope", "partial", "", "His critics", ""},
		{"NameBeforeGenericRoleAfterCue", "en", "Ted Cruz spoke on Monday. Roger Wicker said he expects Cruz to play a role.\n\n\"I think politicians are practical people,\" said the senior Cruz adviser.", "I think politicians", "direct", "", "the senior Cruz adviser", "said"},
		{"RoleIntroducedUnnamed", "en", "Betsy Ebeling and her husband were greeted by an organizer at a field office in Des Moines.\n\n\u201cYou guys are gonna be the most effective messengers,\u201d the organizer told them.", "You guys", "direct", "", "the organizer", "told"},
		{"GenericRoleIntroducedUnnamed", "en", "Jake Sullivan said the plan was ready. Later an aide met reporters outside the hotel.\n\n\u201cWe are not worried,\u201d the aide said.", "We are not worried", "direct", "", "the aide", "said"},
		{"RoleIntroducedInApposition", "en", "Tom Ebeling, an organizer at a field office, greeted them.\n\n\u201cYou guys are gonna be the most effective messengers,\u201d the organizer told them.", "You guys", "direct", "Tom Ebeling", "the organizer", "told"},
		{"FragmentInFrontedPhrase", "en", "Hillary Clinton and Bernie Sanders are agitated.\n\nAfter spending the past week bickering over whether the other is \u201cqualified\u201d to be president, Clinton on Monday ripped into Sanders for a range of policy positions.", "qualified", "partial", "Hillary Clinton", "Clinton", ""},
		{"FragmentInFrontedPhraseIrregularVerb", "en", "Elizabeth Warren endorsed Hillary Clinton this month.\n\nIn an address that spoke to the ''frustration, the fear and the anger'' over a stagnant economy, Mrs. Clinton struck many of the same notes.", "frustration", "partial", "Hillary Clinton", "Mrs. Clinton", ""},
		{"FragmentInFrontedPhraseGroupSubject", "en", "Barney Frank backed Hillary Clinton. Bernie Sanders did not.\n\nAs they contemplate a \"contested contest\" at the convention, Clinton supporters think warmly back to 2008.", "contested contest", "partial", "", "Clinton supporters", ""},
		{"RelativeClauseAfterTitleInApposition", "en", "Donald Trump spoke on Monday.\n\nSam Solovey, a contestant on Trump's reality TV show, \"The Apprentice,\" who went on to work alongside Trump, said his boss was \"always kind and generous and charming.\"", "always kind", "partial", "Sam Solovey", "Sam Solovey, a contestant on Trump's reality TV show, \"The Apprentice,\" who went on to work alongside Trump", "said"},
		{"ColonCueInRelativeClause", "en", "Donald Trump tweeted about the border on Thursday.\n\nA Plus reporter Isaac Saul tweeted back at Trump pointing out how ironic the statement was coming from a candidate who promised mass deportation: \u201cUh, your proposal is to spend billions deporting people.\u201d", "Uh, your proposal", "direct", "Isaac Saul", "A Plus reporter Isaac Saul", "pointing out"},
		{"AfterRelativeClauseTitledName", "en", "The State Department asked for records.\n\n\"If State obtains additional records, it intends to search them for records\" that would respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing.", "If State obtains", "direct", "Caroline Lewis Wolverton", "counsel Caroline Lewis Wolverton", "wrote"},
		{"AfterVerbBeforeParticipleNoSpeaker", "en", "On Sunday, Pastor Bradley Cranston stood at his pulpit in Burlington, Iowa, and, citing Exodus 18:21 (''select out of all the people able men who fear God''), endorsed Senator Ted Cruz of Texas, urging his parishioners to also consider voting for him.", "select out of all", "direct", "Bradley Cranston", "", ""},
		{"RoleDefinedByAnotherPerson", "en", "Chris Christie held a town hall in Hudson on Monday.\n\nFormer Secretary of State Madeleine Albright urged women to vote for Hillary Clinton.\n\nAt the town hall meeting in Hudson, New Hampshire Monday, the Christie supporter retorted: \u201cThere is a special place in hell for women who vote for women.\u201d", "There is a special place", "direct", "", "the Christie supporter", "retorted"},
		{"RoleWithPartyWordStillResolves", "en", "Donald Trump attacked Ruth Bader Ginsburg on Tuesday.\n\n\u201cHer mind is shot,\u201d the presumptive Republican presidential nominee wrote.", "Her mind is shot", "direct", "Donald Trump", "the presumptive Republican presidential nominee", "wrote"},
		{"TheAuthorWroteTheBook", "en", "Gary Byrne, a former Secret Service agent for President Bill Clinton has written a book in which he exposes the rage and \u201ceruptive\u201d behavior of Hillary Clinton during her time as first lady.\n\nBreitbart News has released an excerpt of the book. In the excerpt, the author wrote, \u201cThe First Lady had a different sort of liveliness.\u201d", "The First Lady", "direct", "Gary Byrne", "the author", "wrote"},
		{"FragmentInWhichClauseOfOutlet", "en", "Matthew Boyle is a reporter. He was recently profiled in the Daily Beast, which ran a nearly 3,000-word article on him naming him the \u201cangry populist enforcer\u201d of the 2016 presidential election.", "angry populist enforcer", "partial", "Daily Beast", "Daily Beast", ""},
		{"PronounSkipsAsideInParentheses", "en", "Ivanka Trump signed a licensing agreement with G-III in 2012, granting the company rights to distribute her clothing line. (Marc Fisher Footwear produces her shoe line.)\n\nAt the time, she released a statement saying, \"G-III has distinguished itself as a trusted partner.\"", "G-III has distinguished", "direct", "Ivanka Trump", "she", "saying"},
		{"PronounForUnnamedOpener", "en", "Der Spiegel reported on the trials.\n\nA 29-year-old Berlin woman, meanwhile, received five months' probation after she had posted comments on Facebook. \"Filth out!\" she wrote.", "Filth out!", "direct", "", "she", "wrote"},
		{"PronounUnnamedOpenerOtherGender", "en", "Angela Merkel spoke in Berlin.\n\nA 29-year-old Berlin man, meanwhile, received five months' probation. \"We will act,\" she said.", "We will act", "direct", "Angela Merkel", "she", "said"},
		{"TextAuthorIsSubjectOfItsVerb", "en", "Defense Secretary Ash Carter used a personal email account, and spokesman Peter Cook said Carter stopped the practice.\n\nThe Times said Cook provided a written statement in response to the newspaper's inquiries.\n\n\u201cThe secretary believes that his use of personal email was a mistake,\u201d the statement said in part.", "The secretary believes", "direct", "Peter Cook", "the statement", "said"},
		{"WriterFromExcerptCreditLine", "en", "Then Ben Brafman exposed the government's tactics.\n\nI was not off to a good start. \u201cOkay,\u201d I said, attempting to regroup.\n\nFrom STEALING AMERICA by Dinesh D\u2019Souza. Copyright \u00a9 2015 by Dinesh D\u2019Souza.", "Okay", "direct", "Dinesh D\u2019Souza", "I", "said"},
		{"ColonAfterRelativeClauseWithCue", "en", "Pete Santilli marched with Ammon Bundy.\n\n\"Let everybody know,\" Bundy says to Santilli on camera, who responds enthusiastically: \"Okay!\"", "Okay!", "direct", "Pete Santilli", "Santilli", ":"},
		{"ColonAfterDescriptiveRelativeClause", "en", "Bill Skelly vouched for Witold Chrabaszcz.\n\n\u201cIt is valuable,\u201d said Skelly, explaining he worked more closely with Chrabaszcz, who was responsible for cleaning up voter-roll data: \u201cVito is outstanding with data.\u201d", "Vito is outstanding", "direct", "Bill Skelly", "Skelly", "explaining"},
		{"NameModifyingRoleBeforeCue", "en", "One ad stars an Abraham Lincoln impersonator who promises that Gary Johnson will not send you to war.\n\n\"It is like a two-horse race,\" the Lincoln actor says of the race.", "It is like", "direct", "", "the Lincoln actor", "says"},
		{"IndefiniteSubjectWithApposition", "en", "Mr. Trump has told his supporters that they should respond by suggesting that reporters are racists. One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday: ''You can easily argue that the president is a racist.''", "You can easily argue", "direct", "Lee Zeldin", "One early supporter, Representative Lee Zeldin", ":"},
		{"LowerCaseRoleWithOfAfterCue", "en", "Hillary Clinton and Bernie Sanders debated.\n\n\"The first line of defense is within the community,\" said former secretary of state Hillary Clinton, who praised George W. Bush.", "The first line", "direct", "Hillary Clinton", "former secretary of state Hillary Clinton", "said"},
		{"LowerCaseRoleWithOfBeforeCue", "en", "Barack Obama met his staff.\n\n\"We are ready,\" chief of staff Denis McDonough said.", "We are ready", "direct", "Denis McDonough", "chief of staff Denis McDonough", "said"},
		{"NextClauseSpeakerAfterAnd", "en", "Republican candidates blasted the president.\n\nTed Cruz accuses Obama of \"leading from behind\" and Donald Trump says he's \"losing the war on terrorism.\"", "leading from behind", "partial", "Ted Cruz", "Ted Cruz", "accuses"},
		{"FragmentBeforeAttributionAndParticiple", "en", "Corey Lewandowski criticized James Comey on Wednesday.\n\nComey cannot say that \u201cfrom his perspective,\u201d Lewandowski added, saying it should be up to the prosecutor.", "from his perspective", "partial", "Corey Lewandowski", "Lewandowski", "added"},
		{"ParticipleInClauseAfterCommaAnd", "en", "Hillary Clinton testified before Congress.\n\nThe gaffes were reminiscent of one from January 2013, when Clinton first testified before Congress on the attacks in Benghazi, and Sen. Ron Johnson (R-Wis.) kept asking her why the State Department had tied the violence to \"spontaneous\" protests.", "spontaneous", "partial", "Ron Johnson", "Sen. Ron Johnson", "asking"},
		{"InfinitiveCueTakesVerbSubject", "en", "Corey Lewandowski grabbed Michelle Fields.\n\nThe Trump campaign has denied it happened, with Lewandowski taking to Twitter to call Fields \"totally delusional\" for the accusation.", "totally delusional", "partial", "Corey Lewandowski", "Lewandowski", "call"},
		{"ItForOrganisationNamedBefore", "en", "The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence Group, which monitors extremist statements. It said supporters were sharing the news and \"celebrating the massacre.\"", "celebrating the massacre", "partial", "SITE Intelligence Group", "It", "said"},
		{"PlaceAfterPrepositionIsNoSpeaker", "en", "John Kasich is assuring voters he is tough enough to be president after a woman in Worcester, Massachusetts, told him she worries he is \"too nice\" to fend off his rivals.", "too nice", "partial", "", "a woman in Worcester, Massachusetts,", "told"},
		{"RoleFromPlaceBeforeCue", "en", "\"Can you really reform Wall Street?\" Bernie Sanders asked.\n\nThe senator from Vermont said the financial system was \"corrupt.\"", "corrupt", "partial", "Bernie Sanders", "The senator from Vermont", "said"},
		{"RoleGivenNameInSentence", "en", "Mike Pence took questions in Omaha. The last question was from a young child.\n\n\u201cHow big is that wall?\u201d asked the boy, who was wearing a hat and said his name was Mason, as the audience laughed.", "How big is that wall?", "direct", "Mason", "the boy", "asked"},
		{"PronounForWomanNamedInOpener", "en", "Ben Jacobs wrote about it in The Guardian.\n\nThe woman who started it all identified herself to CNN as a 52-year-old Salem, N.H., resident named Caroline.\n\n\u201cHe truly cares about the American people,\u201d she said of Trump.", "He truly cares", "direct", "Caroline", "she", "said"},
		{"PronounForDefiniteRoleOpener", "en", "Michelle Obama gave a speech at the convention.\n\nThe first lady spoke from the bottom of her heart. \"Make no mistake about it,\" she said.", "Make no mistake", "direct", "Michelle Obama", "she", "said"},
		{"UnnamedOpenerWithApposition", "en", "One of the men, Jessie Elkins, 70, had served in Vietnam. The other man, his cousin James York, 40, cited Mr. Trump's fondness for Putin as a danger. ''He's talking too much trash,'' he said.", "He's talking", "direct", "James York", "he", "said"},
		{"GenericRoleAfterSurnameSpeaker", "en", "The account was set up as a trap by Gawker.com writer Ashley Feinberg.\n\nIn her post, Feinberg said, \u201cTrump proved the point.\u201d\n\n\u201cA lot of his words sound like Trump-isms,\u201d the Gawker employee wrote.", "A lot of his words", "direct", "Ashley Feinberg", "the Gawker employee", "wrote"},
		{"PossessorSpeechNounBeforeColon", "en", "Hillary Clinton criticized the plan.\n\nThe rationale these critics use is a blind faith in Barack Obama\u2019s word:\n\n\"As we have explained before, the only figure is an announcement.\"", "As we have explained", "direct", "Barack Obama", "Barack Obama", ":"},
		{"InvertedCueWithAsideAfterFragment", "en", "When Sanders said at a rally that he wouldn\u2019t want Emanuel\u2019s endorsement, he \u201cgrabbed ahold of the way teachers are feeling,\u201d said Drew Heiserman, a steering committee member for a caucus of educators, a group that helped elect its president, Karen Lewis.", "grabbed ahold", "partial", "Drew Heiserman", "Drew Heiserman", "said"},
		{"TextOfBodyNamedByPossessiveBefore", "en", "Donald Trump\u2019s campaign manager says he is \u201cgratified\u201d by the decision.\n\nCorey Lewandowski, in a statement released by the campaign on Thursday, said he was relieved. The campaign\u2019s statement then declares \u201cthe matter is now concluded.\u201d", "the matter is now concluded.", "partial", "Donald Trump\u2019s campaign", "The campaign\u2019s statement", "declares"},
		{"OrganisationOfPlaceKeepsPlace", "en", "On Thursday, the Republican Party of Wyoming said Palin was \"not coming.\"", "not coming.", "partial", "Republican Party of Wyoming", "the Republican Party of Wyoming", "said"},
		{"PersonOfPlaceDropsPlace", "en", "Sen. John McCain of Arizona said the plan was \"wrong.\"", "wrong.", "partial", "John McCain", "Sen. John McCain of Arizona", "said"},
		{"TextAfterOrganisationAnnounced", "en", "Sarah Palin had been scheduled to attend the event, but on Thursday, the Republican Party of Wyoming announced she was not coming.\n\n\u201cThe campaign has informed the party that Palin will not attend,\u201d the release said.", "The campaign has informed", "direct", "Republican Party of Wyoming", "the release", "said"},
		{"TextOfCampaignNamedAsSubjectBefore", "en", "The Jeb Bush campaign is releasing a new online ad aimed at John Kasich.\n\nThe \u201cNo Comparison\u201d ad contrasts the two records.\n\nThe ad comes a day before the primary.\n\nThe nearly 90-second ad slams Kasich for his votes.\n\nThe ad claims \u201cJeb is the conservative you can trust.\u201d", "Jeb is the conservative", "partial", "Jeb Bush campaign", "The ad", "claims"},
		{"StatementAfterCampaignResponded", "en", "It is unclear what the payments were for.\n\nThe Trump campaign on Tuesday responded that it had expanded. \u201cAlso, Mr. Trump makes a personal contribution every month,\u201d the statement said.", "Also, Mr. Trump makes", "direct", "Trump campaign", "the statement", "said"},
		{"SentenceOpeningGroupNounNamesNobody", "en", "Orfield called it a mistake.\n\nProponents of the new bill, however, say it would keep the department as an \u201cumpire.\u201d", "umpire.", "partial", "", "", "say"},
		{"ModifiedGroupNounNamesNobody", "en", "The White House played it safe in the plan released Tuesday. Legal observers note the White House wouldn\u2019t truly \u201cclose\u201d the prison.", "close", "partial", "", "Legal observers", ""},
		{"RoundedNumberOfPeopleNamesNobody", "en", "Clinton spoke just down the street from the Taj Mahal \u2014 now owned by investor Carl Icahn \u2014 where about 50 protesters had gathered on Wednesday morning, chanting \"no contract, no peace\" after the union failed.", "no contract, no peace", "partial", "", "about 50 protesters", "chanting"},
		{"BodyNounModifyingRoleAndName", "en", "Bernie Sanders spoke.\n\nSanders campaign manager Jeff Weaver dismissed the report, calling it \"nonsense.\"", "nonsense.", "partial", "Jeff Weaver", "Jeff Weaver", "calling"},
		{"BodyNounModifyingGroup", "en", "Hillary Clinton spoke.\n\nThe Clinton campaign officials dismissed the poll, calling it \"an outlier.\"", "an outlier.", "partial", "", "", "calling"},
		{"InvertedCueBeforeAdjectiveAndSurname", "en", "President Barack Obama visited the school on Monday.\n\n\"We will never forget them,\" said a tearful Obama, pausing.", "We will never forget", "direct", "Barack Obama", "a tearful Obama", "said"},
		{"AdjectiveSurnameThenUnknownVerb", "en", "French President Francois Hollande spoke on Tuesday. Trump said France had lost its identity.\n\n\"France will always be France,\" an angry Hollande retaliated.", "France will always", "direct", "Francois Hollande", "an angry Hollande", "retaliated"},
		{"IndefiniteRoleBeforeSurnameNamesNobody", "en", "President Barack Obama visited the school on Monday.\n\n\"We will never forget them,\" said a senior Obama adviser.", "We will never forget", "direct", "", "a senior Obama adviser", "said"},
		{"NounBeforeFullNameThenVerb", "en", "Last month, FBI Director James Comey called the handling of the emails \"extremely careless,\" but said she should face no charges, a recommendation Attorney General Loretta Lynch adopted.", "extremely careless", "partial", "James Comey", "FBI Director James Comey", "called"},
		{"IndefiniteRoleWithRelativeClauseNamesNobody", "en", "Jake Sullivan was among those sending the emails.\n\n\u201cHis email account initiated a number of emails,\u201d said one source who identified Sullivan but spoke on the condition of anonymity.", "His email account", "direct", "", "one source who identified Sullivan", "said"},
		{"SpokesmanForBodyAfterQuote", "en", "Ann Smith spoke first.\n\n\"We're looking into it,\" a spokesman for the bank said.", "We're looking", "direct", "", "a spokesman for the bank", "said"},
		{"OfficialWithBodyAfterQuote", "en", "Ann Smith spoke first.\n\n\"We're looking into it,\" an official with the ministry said on Tuesday.", "We're looking", "direct", "", "an official with the ministry", "said"},
		{"SpokesmanForNamedBodyAfterQuote", "en", "Ann Smith spoke first.\n\n\"We're looking into it,\" a spokeswoman for the Justice Department said.", "We're looking", "direct", "Justice Department", "a spokeswoman for the Justice Department", "said"},
		{"ItAfterUnnamedBodyIssuedText", "en", "The chief executive, John Stumpf, appeared before the committee.\n\nStumpf apologized. \"I am deeply sorry,\" he said.\n\nThe company later issued a statement. \"We are committed to our customers,\" it read.", "We are committed", "direct", "", "it", "read"},
		{"TextOfUnnamedBody", "en", "The chief executive, John Stumpf, appeared before the committee.\n\nStumpf apologized. \"I am deeply sorry,\" he said.\n\nThe bank released a statement on Tuesday. \"We regret the harm,\" the statement said.", "We regret", "direct", "", "the statement", "said"},
		{"TextOfNamedBody", "en", "Regulators fined the Federal Reserve Bank of Boston.\n\nJohn Stumpf apologized. \"I am deeply sorry,\" he said.\n\nThe bank released a statement on Tuesday. \"We regret the harm,\" the statement said.", "We regret", "direct", "Federal Reserve Bank of Boston", "the statement", "said"},
		{"AllianceIsBody", "en", "The White House backed Albania. \"We strongly condemn Iran's cyberattack,\" National Security Council spokeswoman Adrienne Watson said.\n\nNATO also weighed in. In a statement, the alliance said it \"strongly condemns\" the attack.", "strongly condemns", "partial", "NATO", "the alliance", "said"},
		{"KindOfOrganisationAfterName", "en", "\"It is over,\" the Global Times tabloid said in an editorial.", "It is over", "direct", "Global Times", "the Global Times tabloid", "said"},
		{"BodyAfterNameOfPerson", "en", "\"It is over,\" the Trump campaign said.", "It is over", "direct", "Trump campaign", "the Trump campaign", "said"},
		{"DemikianPernyataanAfterQuote", "id", "Rama berbicara kemarin.\n\n\"Kami mengutuk keras serangan ini,\" demikian pernyataan NATO.", "Kami mengutuk", "direct", "NATO", "NATO", "demikian pernyataan"},
		{"DemikianKeteranganTertulisAfterQuote", "id", "Rama berbicara kemarin.\n\n\"Kami mengutuk keras serangan ini,\" demikian keterangan tertulis Kementerian Luar Negeri, Kamis (8/9/2022).", "Kami mengutuk", "direct", "Kementerian Luar Negeri", "Kementerian Luar Negeri", "demikian keterangan tertulis"},
		{"OrganisationSubjectBeforeUncuedQuote", "en", "\"Iran rejects this claim,\" Kanaani told reporters.\n\nAccording to the White House, the attack broke international norms.\n\nMeanwhile, NATO also condemned the attack. \"We strongly condemn this attack.\"", "We strongly condemn", "direct", "NATO", "", ""},
		{"OrganisationSubjectBeforeUncuedQuoteID", "id", "\"Iran menolak tuduhan ini,\" ujar Kanaani kepada wartawan.\n\nMenurut Gedung Putih, serangan itu melanggar norma internasional.\n\nSementara itu, NATO juga mengecam serangan tersebut. \"Kami mengutuk keras serangan ini.\"", "Kami mengutuk", "direct", "NATO", "", ""},
		{"CoachIsTitle", "en", "\"We played terribly,\" Coach Mike Davis said.\n\nDavis, in his fifth season, added: \"This one hurts.\"", "This one hurts.", "direct", "Mike Davis", "Davis, in his fifth season", "added"},
		{"BritishHonorificWithoutFullStop", "en", "Mr Tan Chuan-Jin said the plan was sound.\n\n\"It works,\" Mr Tan added.", "It works", "direct", "Tan Chuan-Jin", "Mr Tan", "added"},
		{"GroupAtBodyNamesNobody", "en", "Nurses at Korle Bu hospital said they were \"ready to walk out.\"", "ready to walk out.", "partial", "", "Nurses at Korle Bu hospital", "said"},
		{"GroupOfPersonNamesNobody", "en", "Bernie Sanders spoke on Monday.\n\nSupporters of Sanders said the vote was \"rigged.\"", "rigged.", "partial", "", "Supporters of Sanders", "said"},
		{"LeadersOfBodySpeakForIt", "en", "An AIPAC spokesman declined to comment.\n\nLeaders of the organization have said they want \"a constructive relationship\" with every candidate.", "a constructive relationship", "partial", "AIPAC", "Leaders of the organization", "said"},
		{"PeopleOfPlaceNamesNobody", "en", "Bernie Sanders spoke.\n\nThe people of Iowa said it was \"a mistake.\"", "a mistake.", "partial", "", "The people of Iowa", "said"},
		{"PronounForRelativeNamedInApposition", "en", "\"He's scared,\" DeSantis spokesman Bryan Griffin said.\n\nIowa voter Mary Johnson, 67, shrugged. \"They're both fine,\" she said.\n\nHer husband, Bill, disagreed. \"Trump is the only one,\" he said.", "Trump is the only one", "direct", "Bill", "he", "said"},
		{"RelativeNamedInAppositionBeforeParticiple", "en", "Curt Schilling was fired on Wednesday.\n\nSchilling's son, Grant, defended his father on Facebook, saying: \"He is not a bigot.\"", "He is not a bigot.", "direct", "Grant Schilling", "Schilling's son, Grant", "saying"},
		{"ItAfterCompanySpokeAfterReport", "en", "Amnesty International and Human Rights Watch issued a joint report on Tuesday.\n\nThe two groups called on the government to act. Officials dismissed the report.\n\nApple said its new phone would ship in March. \"We think customers will love it,\" the company said. It added that prices \"will not change.\"", "will not change.", "partial", "Apple", "It", "added"},
		{"CompanyWordMakesOrganisation", "en", "Geert Supré worked as finance director at Vanguard Logistics Services in Belgium.\n\nThe company confirmed he was a passenger on the plane.", "he was a passenger", "indirect", "Vanguard Logistics Services", "The company", "confirmed"},
		{"StatementAfterCompanySpoke", "en", "Geert Supré worked as finance director at Vanguard Logistics Services in Belgium. The company confirmed he was a passenger on the plane. He was \"a greatly respected colleague,\" the statement added.", "a greatly respected", "partial", "Vanguard Logistics Services", "the statement", "added"},
		{"PresentTenseCueAccuses", "en", "Sam Nunberg, a former consultant, filed a petition on Tuesday.\n\nThe petition accuses the campaign of \"attempting to bully Mr. Nunberg into silence.\"", "attempting to bully", "partial", "Sam Nunberg", "The petition", "accuses"},
		{"PetitionFiledAfterConjunction", "en", "The dispute became public after Sam Nunberg filed a petition on Tuesday. The petition says the campaign tried \"to bully Mr. Nunberg into silence.\"", "to bully", "partial", "Sam Nunberg", "The petition", "says"},
		{"LawsuitOfPartyThatSued", "en", "The Democratic Party sued Arizona on Thursday over long lines at polling places.\n\nParty chairwoman Debbie Wasserman Schultz said voters had waited for hours.\n\n\"The state has failed its voters,\" the lawsuit says.", "The state has failed", "direct", "Democratic Party", "the lawsuit", "says"},
		{"NationalityNounStandsForPerson", "en", "Brighton boss Roberto De Zerbi praised his players.\n\n\"They were fantastic,\" the Italian said.", "They were fantastic", "direct", "Roberto De Zerbi", "the Italian", "said"},
		{"NameParticleTen", "en", "Manchester United manager Erik ten Hag said his side had been \"unlucky\" on Saturday.", "unlucky", "partial", "Erik ten Hag", "Manchester United manager Erik ten Hag", "said"},
		{"ListenerAfterRelativeAside", "en", "A witness, who did not want to be named, told the Yorkshire Evening Post: \"It all happened so fast.\"", "It all happened", "direct", "", "A witness", "told"},
		{"QuotedAsSaying", "en", "The official KCNA news agency quoted leader Kim Jong Un as saying the test was \"a warning to the enemies.\"", "a warning", "partial", "Kim Jong Un", "leader Kim Jong Un", "saying"},
		{"FamilyIsNoAdverb", "en", "A 23-year-old man was taken to hospital. His family said in a statement that he was \"in a stable condition.\"", "in a stable", "partial", "", "His family", "said in a statement"},
		{"StatementOfRoleSubject", "en", "Mayor John Ortiz visited the site.\n\nPolice Chief Ann Lee said the road was closed. The mayor issued a statement on Monday. \"We will rebuild,\" the statement said.", "We will rebuild", "direct", "John Ortiz", "the statement", "said"},
		{"StatementOfIndefiniteRoleNamesNobody", "en", "Nurse Jane Roe said the clinic was calm. A spokesman issued a statement later. \"All patients are safe,\" the statement said.", "All patients", "direct", "", "the statement", "said"},
		{"IndefinitePronounNamesNobody", "en", "Senator Maria Lopez spoke first.\n\nSomeone who was in the room said the debate was \"a mess.\"", "a mess", "partial", "", "Someone who was in the room", "said"},
		{"PrepositionBeforeFrontedParticiple", "en", "In describing the plan as \"the boldest since the New Deal,\" Senator Maria Lopez drew a contrast with her rivals.", "the boldest", "partial", "Maria Lopez", "Senator Maria Lopez", "describing"},
		{"PossessivePronounBeforeCall", "en", "Senator Maria Lopez unveiled a housing plan on Tuesday.\n\nHer call for \"a national emergency on rents\" drew applause.", "a national emergency", "partial", "Maria Lopez", "Her", ""},
		{"PeopleNameModifiesRole", "en", "Pope Francis met Trump's rivals in Rome. In declaring the wall \"not Christian,\" the Latin American pope again waded into politics.", "not Christian", "partial", "Francis", "the Latin American pope", "declaring"},
		{"PlaceModifiedRoleFindsDescribedPerson", "en", "Ted Cruz and Donald Trump debated on Thursday.\n\nMr. Cruz, a first-term senator from Texas, attacked Mr. Trump. Senator Marco Rubio of Florida said little.\n\nThe Texas senator has said that Mr. Trump is \"not a conservative.\"", "not a conservative", "partial", "Ted Cruz", "The Texas senator", "said"},
		{"ClauseAfterNameIsNoDescription", "en", "President Enrique Pena Nieto met Donald Trump. But Trump, having met the Mexican president, changed his tone. In Mexico City, Trump heard a lecture from the Mexican president, who said trade was \"good for both.\"", "good for both", "partial", "Enrique Pena Nieto", "the Mexican president", "said"},
		{"GroupNounFindsOrgInApposition", "en", "The FDA said it agreed with the findings.\n\nPublic Citizen, a consumer group, called the report weak. The group said the agency had \"put industry first.\"", "put industry first", "partial", "Public Citizen", "The group", "said"},
		{"PronounAfterSubordinateSubject", "en", "Hillary Clinton spoke in Ohio on Monday. Senator Elizabeth Warren praised her plan.\n\nIf Clinton's wobbly on trade, she's tough on China.\n\nShe has proposed a \"chief trade prosecutor\" who reports to the president.", "chief trade prosecutor", "partial", "Hillary Clinton", "She", ""},
		{"PronounNotForSubordinateObject", "en", "Ted Cruz won Texas on Tuesday.\n\nThough he did not mention Marco Rubio or John Kasich by name, he made it clear that they should quit.\n\nHe asked them to \"prayerfully consider\" their campaigns.", "prayerfully consider", "partial", "Ted Cruz", "He", "asked"},
		{"PossessorOfDictum", "en", "Sherman studied under Wayne Barrett, the investigative reporter. Barrett's dictum to his interns was, \"It's not a good story if you don't get a death threat.\"", "It's not a good story", "direct", "Wayne Barrett", "Barrett", ":"},
		{"RoleKnownAsName", "en", "The CIA officer in charge that night spoke for the first time.\n\n\"There never was a stand-down order,\" said the base chief known as Bob.", "There never was", "direct", "Bob", "the base chief", "said"},
		{"AdjectiveBeforePlaceRole", "en", "Bernie Sanders spoke in Flint on Sunday.\n\nSix months ago, the independent Vermont senator said, the media considered him a \"fringe candidate.\"", "fringe candidate", "partial", "Bernie Sanders", "the independent Vermont senator", "said"},
		{"AdjectiveBeforeKindedOrg", "en", "\"The United States is in decline,\" the nationalist Global Times tabloid said.", "The United States", "direct", "Global Times", "the nationalist Global Times tabloid", "said"},
		{"SuitOfLawsuitFiledFarBack", "en", "The lawsuit filed by a former staffer named Bradley Podliska alleges a long list of violations.\n\nThe committee rejected the claims on Monday.\n\nGowdy spokesman Jamal Ware said the claims were meritless.\n\nWare insists the staffer was warned.\n\n\"Chairman Gowdy tied these statements to my firing,\" the suit reads.", "Chairman Gowdy tied", "direct", "Bradley Podliska", "the suit", "reads"},
		{"NarratorOfTextIsItsAuthor", "en", "The group American Crossroads released a Web ad on Monday.\n\nThe video shows Hillary Clinton at a rally.\n\n\"She cannot be trusted,\" says the ad's narrator.", "She cannot be trusted", "direct", "American Crossroads", "the ad's narrator", "says"},
		{"WhileClauseAfterFragmentIsNoAttribution", "en", "Senator Kelly Ayotte said she would \"support the nominee\" but \"not endorse anyone,\" while Senator Susan Collins suggested she would offer conditional support.", "not endorse anyone", "partial", "Kelly Ayotte", "Senator Kelly Ayotte", ""},
		{"QuestionedPossessorIsNotAsked", "en", "Senator Bernie Sanders questioned Mr. Trump's veracity on Sunday. He called him a \"pathological liar\" for repeating the claim.", "pathological liar", "partial", "Bernie Sanders", "He", "called"},
		{"ApposedNameAfterOpeningPhrase", "en", "Sanders adviser Tad Devine listed the changes Sanders wants.\n\nOn CNN Tuesday, his wife, Jane, backed an open primary process. \"Shutting people out is not smart,\" she said.", "Shutting people", "direct", "Jane", "she", "said"},
		{"SameBodyNounOpensSentenceBefore", "en", "The Gazette, a daily in Baton Rouge, ran an editorial on Sunday.\n\nThe newspaper urged the governor to look past the Federal Emergency Management Agency.\n\n\"The state cannot wait for help,\" the newspaper wrote.", "The state cannot", "direct", "Gazette", "the newspaper", "wrote"},
		{"PossessorRoleApposedNameIsSubject", "en", "Former Arizona Gov. Jan Brewer will speak on Tuesday, after President Barack Obama.\n\nOn the opening night, Obama's wife, Michelle, is scheduled to speak. She rarely gives interviews. At a rally this spring, she described her husband as having a \"great heart.\"", "great heart", "partial", "Michelle Obama", "she", "described"},
		{"PronounOfOtherGenderSubjectLeavesTheOther", "en", "Sen. Chris Coons spoke to reporters on Monday.\n\nHe was joined on the call by Dana Ruiz, president of the group Voters First. She said the senator \"has failed to do anything.\"", "has failed", "partial", "Dana Ruiz", "She", "said"},
		{"PronounOfOtherGenderInOwnSentence", "en", "Sen. Maria Lopez criticised the governor last week. For that she drew Governor Tom Baxter's ire - he called her \"weak\" on Tuesday.", "weak", "partial", "Tom Baxter", "he", "called"},
		{"FragmentBeforePronounCueInSentence", "en", "Bret Stephens spoke on MSNBC on Monday.\n\nThose who spend time \"listening to certain cable shows\" and reading \"certain fringes of the internet,\" he said, wind up in a debate.", "listening to", "partial", "Bret Stephens", "", ""},
		{"PronounInOpeningClauseStandsForMainSubject", "en", "Mayor Ed Lane opened the fair on Friday.\n\nAfter she called the budget \"a disgrace,\" Councilwoman Rita Moreno has now set her sights on the schools.", "a disgrace", "partial", "Rita Moreno", "she", "called"},
		{"CrowdNounOpeningSentenceIsNoName", "en", "Former President Bill Clinton has shrugged off recent attacks from Donald J. Trump.\n\nAllies say that he does not see any need to engage. And he wants to avoid repeating the remark he called \"the biggest fairy tale I've ever seen.\"", "the biggest fairy tale", "partial", "Bill Clinton", "he", "called"},
		{"PossessedRoleIsTheHolderDescribed", "en", "Governor Amy Hale won the primary on Tuesday. Her campaign manager, Dana Cole, said the count would go on.\n\nOn Wednesday, Hale's campaign manager said the governor would stay in the party \"for life.\"", "for life", "partial", "Dana Cole", "Hale's campaign manager", "said"},
		{"PossessedRoleIsTheHolderDescribedAfter", "en", "When Robby Mook, Clinton's campaign manager, was asked about a press conference, he laughed.\n\nLater, Clinton's campaign manager said the candidate would hold one \"soon enough.\"", "soon enough", "partial", "Robby Mook", "Clinton's campaign manager", "said"},
		{"PersonModifyingTextIsItsAuthor", "en", "Bernie Sanders campaigned in Iowa on Monday.\n\nMeanwhile, one Sanders ad declared that his rival was \"beholden to Wall Street.\"", "beholden to", "partial", "Bernie Sanders", "one Sanders ad", "declared"},
		{"ReadoutIsAText", "en", "The defense secretary met his Chinese counterpart on Friday. According to a Pentagon readout, the talks were \"frank and productive.\"", "frank and productive", "partial", "Pentagon", "a Pentagon readout", "According to"},
		{"ApposedNameAfterRoleAndPlace", "en", "Trump grew up in Queens.\n\n\"He was always competitive,\" said his roommate at Wharton, Bruce Turry.", "He was always", "direct", "Bruce Turry", "his roommate at Wharton, Bruce Turry", "said"},
		{"ParentheticalCueIsNotItsClauseSubject", "en", "Joseph Hunter, a conservative blogger in Chicago, said he will not vote for Donald Trump. Also, Trump isn't a conservative, he said. \"He's a liberal!\"", "He's a liberal", "direct", "Joseph Hunter", "", ""},
		{"ViceRoleIsNotTheRole", "en", "President George W. Bush opened the plant in 2004.\n\nThe company has grown since. The vice president of sales said the plant was \"the best we have.\"", "the best we have", "partial", "", "The vice president", "said"},
		{"TheyIsTheGroupSubjectOfItsSentence", "en", "The House passed a $1.1 billion bill. Senate Democrats blocked the bill because they said the language was a \"poison pill.\"", "poison pill", "partial", "Senate Democrats", "they", "said"},
		{"TheyAfterAPersonIsNobodyNamed", "en", "Governor Amy Hale met the farmers on Monday, and they said the drought was \"the worst in decades.\"", "the worst", "partial", "", "they", "said"},
		{"PlaceWordMakesNoPerson", "en", "Pressed about the job, Tom Alvarez talks about baseball. In his parents' Dominican Republic, \"baseball is the national sport,\" he says.", "baseball is", "direct", "Tom Alvarez", "he", "says"},
		{"ShoalIsNoPerson", "en", "Admiral Harry Harris spoke on Monday. A reporter asked about war over Scarborough Shoal.\n\n\"It is good that my voice is low,\" he said.", "It is good", "direct", "Harry Harris", "he", "said"},
		{"ListenerOfParticipleIsNoSpeaker", "en", "The probe widened.\n\nAnother intelligence source speaking to Fox News said, \"The agents are investigating the donations.\"", "The agents", "direct", "", "Another intelligence source", "said"},
		{"ParticipleAfterRoleCue", "en", "Calls grew.\n\nAlongside BLM calls for action, even a top GOP strategist said Clinton will have to choose, saying, \"At some point, she is going to have to come out.\"", "At some point", "direct", "", "a top GOP strategist", "saying"},
		{"OneMemberOfAPeopleUnnamed", "en", "The mosque was quiet.\n\n\"We are afraid,\" said another Muslim who worshiped at the Islamic Center and who did not want to be named.", "We are afraid", "direct", "", "another Muslim", "said"},
		{"TopicPhraseNamesThePronoun", "en", "Donald Trump and Ted Cruz spoke on Sunday.\n\nCruz warned against a brokered convention. \"I think that would be a disaster,\" the Texas senator said.\n\nAs for Trump, he said he is not worried. \"First of all, I think I am going to have the delegates,\" he said.", "First of all", "direct", "Donald Trump", "he", "said"},
		{"SpeakerReportedInParticipleIsNotTheSentences", "en", "Ben Carson spoke on CNN.\n\nCarson turned the story back on the Post, pointing out that the paper's Robert Costa had reported in June that the Carson campaign was coming apart. He hoped, he said, that the paper would shy away from similar reporting now.\n\n\"Apparently not,\" he said.", "Apparently not", "direct", "Ben Carson", "he", "said"},
		{"LowerCasePossessorInSpeakerText", "en", "The story grew.\n\nThe paper's Robert Costa reported that the campaign was \"coming apart.\"", "coming apart", "partial", "Robert Costa", "The paper's Robert Costa", "reported"},
		{"BodyNounAfterPossessiveState", "en", "Japan spoke. China's foreign ministry also weighed in regarding the U.S. and Japanese comments.\n\n\"Countries outside the region should stick to their promises,\" the ministry said in a statement.", "Countries outside", "direct", "China's foreign ministry", "the ministry", "said in a statement"},
		{"StudyByPeopleOfABody", "en", "Taxes rose.\n\nIt had \"negligible effects on aggregate economic performance,\" according to a study last year by economists at Duke University.", "negligible effects", "partial", "Duke University", "a study last year by economists at Duke University", "according to"},
		{"PollOfTwoPollstersWithASlash", "en", "Voters spoke.\n\nSome 55 percent said she \"cares about people like me,\" according to a national CNN/ORC poll released Monday.", "cares about", "partial", "CNN/ORC", "a national CNN/ORC poll", "according to"},
		{"ArticleInAMedium", "en", "Taxes rose.\n\nThe plan was \"a disaster,\" according to an editorial in the Chicago Tribune.", "a disaster", "partial", "Chicago Tribune", "an editorial in the Chicago Tribune", "according to"},
		{"ReportForAClientByItsAuthor", "en", "Coal plants stay.\n\n\"Utilities will instead get paid,\" noted a report for Oxfam on Germany's energy policies by the environmental nonprofit E3G.", "Utilities will", "direct", "E3G", "a report for Oxfam on Germany's energy policies by the environmental nonprofit E3G", "noted"},
		{"LetterFromTheChairOfABody", "en", "One message said: \"You kill innocent women,\" according to a letter to Facebook from the chairman of the Senate Homeland Security Committee.", "You kill", "direct", "Senate Homeland Security Committee", "a letter to Facebook from the chairman of the Senate Homeland Security Committee", "according to"},
		{"SurnameInSentenceWithoutSubject", "en", "Donald Trump spoke to the Republican Jewish Coalition on Thursday. \"It was offensive,\" said Ari Fleischer.\n\nMore troubling to many in the room was Trump's unwillingness to affirm his support for a united Jerusalem. Instead, the businessman has insisted that his position will be strongest if he refuses to divulge his plans. \"You know what I want to do? I want to wait,\" he said.", "You know what", "direct", "Donald Trump", "he", "said"},
		{"CompanyCalledANameIsNoPerson", "en", "Spending rose.\n\nThey spent $332,000 on payments to a company called Cambridge Analytica, which specializes in building what it calls \"psychographic\" profiles of voters.", "psychographic", "partial", "Cambridge Analytica", "it", "calls"},
		{"PluralTitleEndsNoSentence", "en", "Marco Rubio spoke on Monday.\n\nSpeaking on CBS Monday, Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie.\n\nHe dismissed critique of his performance at the debate, saying \"it was our greatest fundraising night.\"", "it was our", "partial", "Marco Rubio", "He", "saying"},
		{"OneWordRoleDescribedBeforeAName", "en", "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, Hillary Clinton spoke about Donald Trump.\n\nShe has since said that she attended his wedding because she thought it would be fun.\n\n\"He is fun, he is an interesting guy,\" the host said.", "He is fun", "direct", "Joe Scarborough", "the host", "said"},
		{"PossessiveInATitleCaseHeadline", "en", "Chuck Grassley Compares Trump’s Wall To The Great Wall\n\nThe senator spoke in Iowa on Tuesday.\n\n\"It would work,\" Trump said of the wall.", "It would work", "direct", "Trump", "Trump", "said"},
		{"PlaceOpensATwoWordName", "en", "The actress America Ferrera wrote a blog post in June.\n\n\"We are not going anywhere,\" Ferrera wrote.", "We are not", "direct", "America Ferrera", "Ferrera", "wrote"},
		{"PlaceBeforeASurnameOfAFullerName", "en", "Donald Trump was late. The Wisconsin Trump rally started at noon.\n\n\"We will win,\" said Wisconsin Trump.", "We will win", "direct", "Donald Trump", "Wisconsin Trump", "said"},
		{"HeadlineNameAttestedInTheText", "en", "Trump Praises Reporter Matthew Boyle For His Work\n\nThe reporter spoke on Tuesday.\n\n\"It was an honor,\" Boyle said.", "It was an honor", "direct", "Matthew Boyle", "Boyle", "said"},
		{"PossessedRoleNamedInTheNextSentence", "en", "The day went on.\n\nDonald Trump’s campaign manager says he is \"gratified\" by the decision to drop a charge against him.\n\nCorey Lewandowski, in a statement released on Thursday, said he appreciated the decision.", "gratified", "partial", "Corey Lewandowski", "Donald Trump’s campaign manager", "says"},
		{"PossessedRoleNotTheNextNamedBefore", "en", "Corey Lewandowski met with Paul Manafort on Monday.\n\nDonald Trump’s pollster says he is \"gratified\" by the decision.\n\nCorey Lewandowski, in a statement released on Thursday, said he appreciated the decision.", "gratified", "partial", "", "Donald Trump’s pollster", "says"},
		{"PossessedTextAfterTheQuote", "en", "Hillary Clinton spoke on Monday in Iowa.\n\n\"We will win,\" Clinton’s letter reads.", "We will win", "direct", "Hillary Clinton", "Clinton’s letter", "reads"},
		{"PossessedTextBeforeTheQuote", "en", "Hillary Clinton spoke on Monday in Iowa.\n\nClinton’s statement said: \"We will fight for every vote.\"", "We will fight", "direct", "Hillary Clinton", "Clinton’s statement", "said"},
		{"TextOfAPossessivePronoun", "en", "Hillary Clinton spoke on Monday in Iowa.\n\nHer tweet: \"I am with the voters.\"", "I am with", "direct", "Hillary Clinton", "Her tweet", ":"},
		{"TextBeforeAParticipleIsNoSpeaker", "en", "Chris Christie spoke on Sunday.\n\nChristie said Trump's tweet saying voters will back him meant that \"they should vote for Donald Trump.\"", "they should vote", "partial", "Chris Christie", "Christie", "saying"},
		{"CliticAfterMenurutnya", "id", "Sementara itu, salah satu pengemudi ojol, Wawan (35), mengaku banjir sudah mulai sejak Selasa malam.\n\"Ini sudah hujan dari kemarin sore,\" kata Wawan di lokasi.\n\"Airnya tambah tinggi karena air dari selatan,\" lanjutnya.\n\nMenurutnya, banjir itu sangat menyulitkan masyarakat yang bekerja di lapangan.\n\n\"Kita jadi sulit mencari penumpang,\" ungkapnya.\nMenurutnya, pengendara bisa memilih melewati Jalan Majapahit.\n\"Saya sudah terbiasa dengan ini,\" ujarnya.", "Saya sudah terbiasa", "direct", "Wawan", "nya", "ujarnya"},
		{"BareRoleAfterTheCue", "id", "Presiden AS Donald Trump mengancam akan mendeportasi taipan teknologi itu.\n\n\"Kita harus melihatnya,\" kata presiden kepada wartawan.", "Kita harus", "direct", "Donald Trump", "presiden", "kata"},
		{"CueForAPostInIndonesian", "id", "Elon Musk meluncurkan partai politik baru.\n\n\"Anda akan mendapatkannya!\" ia memposting pada hari Sabtu.", "Anda akan", "direct", "Elon Musk", "ia", "memposting"},
		{"FragmentAfterACommaIsPartial", "en", "Albania cut ties with Iran.\n\nFor the prime minister, “incontrovertible evidence” proves Iran’s involvement in the attack.", "incontrovertible", "partial", "", "", ""},
		{"LowerCaseStatementAfterACueAndComma", "en", "Albania cut ties with Iran.\n\nThe prime minister said, “we will not bow to anyone.”", "we will not", "direct", "", "The prime minister", "said"},
		{"ItAfterATextItsWriterNamed", "en", "The police officer Marc Bujnowski filed charges on Tuesday.\n\n\"Lewandowski grabbed her arm,\" Bujnowski wrote in the affidavit. It continued: \"Probable cause exists to charge him.\"", "Probable cause", "direct", "Marc Bujnowski", "It", "continued"},
		{"ItAfterAStatementOfABody", "en", "The patient was moved on Monday.\n\nThe hospital said in a statement that the patient was stable. It said: \"We are doing all we can.\"", "We are doing", "direct", "", "It", "said"},
		{"ParticleSurnameWithAHyphen", "en", "The video was released on Friday.\n\n\"Take heed,\" said the cleric Anwar al-Awlaki.", "Take heed", "direct", "Anwar al-Awlaki", "the cleric Anwar al-Awlaki", "said"},
		{"ModifierWithAHyphenIsNoName", "en", "Veterans met on Friday.\n\n\"We are ready,\" said South Korean-born Monte Haines.", "We are ready", "direct", "Monte Haines", "South Korean-born Monte Haines", "said"},
		{"NameBeforeAModifierWithAHyphen", "en", "The lawyers met on Friday.\n\n\"Hypocrisy is a small price,\" explained Los Angeles-based attorney Edgar Martirosyan.", "Hypocrisy", "direct", "Edgar Martirosyan", "Los Angeles-based attorney Edgar Martirosyan", "explained"},
		{"BodySubjectOfAParticiple", "en", "Acme Corp makes brakes. The company issued a statement on Monday saying that the claims \"are baseless.\"", "are baseless", "partial", "Acme Corp", "The company", "saying"},
		{"RoleWithOfBeforeAName", "en", "Refugees were welcomed.\n\n\"Thanks for welcoming them,\" said master of ceremonies Asab Al-Tabchi, a Syrian engineer.", "Thanks for", "direct", "Asab Al-Tabchi", "master of ceremonies Asab Al-Tabchi", "said"},
		{"RoleDescribedOnlyFurtherOn", "en", "Sanders met donors.\n\nOn Wednesday, Sanders's campaign manager said he expects the senator to stay a Democrat \"for life.\"\n\nLater, Sanders's campaign manager, Jeff Weaver, appeared on MSNBC.", "for life", "partial", "Jeff Weaver", "Sanders's campaign manager", "said"},
		{"OrganisationInsideIndefiniteRoleThenName", "en", "The court ended its term.\n\n\"There will be a term with eight justices,\" said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown.", "There will", "direct", "Andrew J. Pincus", "another leading Supreme Court advocate", "said"},
		{"OrganisationInsideRoleThenName", "en", "\"The odds are good,\" said a former White House lawyer, Jane Doe.", "The odds", "direct", "Jane Doe", "a former White House lawyer", "said"},
		{"RegionIsNoPerson", "en", "Maria Lindt spoke on Monday.\n\nLast year Southeast Asia bought more of the grain. \"We are worried,\" she said.", "We are", "direct", "Maria Lindt", "she", "said"},
		{"PossessorOpensSentenceBeforeJoinedClause", "en", "Ralph Hewitt spoke first.\n\nAung San Suu Kyi's fate is still unclear, but she said she would govern. \"I'm going to be above the president,\" she said.", "I'm going", "direct", "Aung San Suu Kyi", "she", "said"},
		{"NameWithTwoParticles", "en", "Ursula von der Leyen sees parallels. \"I see the same,\" she told reporters.", "I see", "direct", "Ursula von der Leyen", "she", "told reporters"},
		{"RolePlaceMustTieToHolder", "en", "Republican presidential candidate Donald Trump won Indiana.\n\nRyan said the onus is on Trump. \"We must unify this party,\" he said.\n\nThe Wisconsin Republican did give Trump some credit, saying he should be congratulated, but he suggested the reality TV star is no Ronald Reagan.\n\n\"We don't always nominate a Reagan,\" he said.", "We don't", "direct", "Ryan", "he", "said"},
		{"RolePlaceTiedByOf", "en", "Sen. Ted Cruz of Texas and Republican candidate Donald Trump spoke.\n\n\"We will win,\" the Texas Republican said.", "We will", "direct", "Ted Cruz", "the Texas Republican", "said"},
		{"RolePlaceTiedInBrackets", "en", "Senator Ted Cruz (R-Texas) spoke first.\n\nRepublican candidate Donald Trump spoke next.\n\n\"We will win,\" the Texas senator said.", "We will", "direct", "Ted Cruz", "the Texas senator", "said"},
		{"AmpersandJoinsAnOrganisation", "en", "Procter & Gamble raised prices on Monday. \"Demand is strong,\" Procter & Gamble said in a statement.", "Demand is strong", "direct", "Procter & Gamble", "Procter & Gamble", "said in a statement"},
		{"RoleBeforePrepositionAfterQuote", "en", "Budget fight\n\n\"It will pass,\" a professor at Harvard University said.", "It will pass", "direct", "", "a professor at Harvard University", "said"},
		{"RoleBeforePrepositionHeadsSubject", "en", "Budget fight\n\nMayor Lena Brandt met the union on Monday.\n\nAn aide to Governor John Kasich told reporters the governor \"is not running.\"", "is not running", "partial", "", "An aide to Governor John Kasich", "told reporters"},
		{"RoleBeforePrepositionDefinite", "en", "Budget fight\n\nMaria Okafor, the head of the port authority, met the union on Monday.\n\n\"The strike is illegal,\" the head of the port authority said.", "The strike", "direct", "Maria Okafor", "the head of the port authority", "said"},
		{"RoleBeforePrepositionInApposition", "en", "Budget fight\n\nBut Tom Fitton, the president of Judicial Watch, a conservative group, said that \"the damage is done.\"", "the damage", "partial", "Tom Fitton", "Tom Fitton, the president of Judicial Watch, a conservative group", "said"},
		{"SpokeswomanForPersonNamesNobody", "en", "Budget fight\n\n\"The governor will sign it,\" a spokeswoman for Governor Andrew Cuomo said.", "The governor will", "direct", "", "a spokeswoman for Governor Andrew Cuomo", "said"},
		{"OneOfGroupAfterQuote", "en", "Budget fight\n\nMayor Lena Brandt met the union on Monday.\n\n\"We will rebuild,\" one of the city's residents said.", "We will rebuild", "direct", "", "one of the city's residents", "said"},
		{"SeveralWordRoleBeforePreposition", "en", "Budget fight\n\nMayor Lena Brandt's chief of staff, Ann Okafor, met the union on Monday.\n\n\"We will rebuild,\" the chief of staff to the mayor said.", "We will rebuild", "direct", "Ann Okafor", "the chief of staff to the mayor", "said"},
		{"RelativeAsideBeforePlainCue", "en", "Budget fight\n\nMayor Lena Brandt met the union on Monday.\n\n\"We will rebuild,\" one port worker, who asked not to be named, said.", "We will rebuild", "direct", "", "one port worker", "said"},
		{"PredicateDescribesRole", "en", "Budget fight\n\nMaria Okafor is the city's mayor. Tom Baxter runs the port.\n\n\"We will rebuild,\" the mayor said.", "We will rebuild", "direct", "Maria Okafor", "the mayor", "said"},
		{"ModifiedRoleOnlyDescribed", "en", "Budget fight\n\nMaria Okafor, who is the city's mayor, toured the port. Tom Baxter runs it.\n\n\"We will rebuild,\" the 54-year-old mayor said.", "We will rebuild", "direct", "Maria Okafor", "the 54-year-old mayor", "said"},
		{"AccordingWithCliticIndonesian", "id", "Ketua juru runding Kolombia Haendel Rodriguez menuduh negara produsen minyak. Menurutnya, proses negosiasi \"diblokir oleh sejumlah kecil negara.\"", "diblokir oleh", "partial", "Haendel Rodriguez", "nya", "Menurutnya"},
		{"PostDeterminerClosesSubjectIndonesian", "id", "Elon Musk mendirikan partai baru.\n\n\"Kita hidup dalam sistem satu partai,\" pengusaha itu memposting di X.", "Kita hidup", "direct", "Elon Musk", "pengusaha itu", "memposting"},
		{"RoleOfOrganisationIndonesian", "id", "Dedi Kurniawan, anggota Komisi V DPR, menilai tarif itu wajar.\n\nMenurut politikus Partai Golkar itu, Kementerian Perhubungan akan \"berkoordinasi dengan Pemprov DKI.\"", "berkoordinasi", "partial", "Dedi Kurniawan", "politikus Partai Golkar", "Menurut"},
		{"AccountIsAText", "en", "Budget fight\n\nAccording to an Associated Press account, the plan was \"dead on arrival.\"", "dead on arrival", "partial", "Associated Press", "an Associated Press account", "According to"},
		{"HeOrSheMakesAPersonNoBody", "en", "Port strike\n\nA dock worker, who gave only his first name, Sipho, agreed. \"We are tired,\" he said.\n\nThe ministry said in a statement that talks would resume. \"The door remains open,\" it said.", "The door remains", "direct", "", "it", "said"},
		{"FirstPersonSubjectOfFragmentIsTheWriter", "en", "Why I Vote.\n\nMy neighbour asked me what the election was for. I had to spend the weekend explaining it to him without saying, \u201cThis is the worst campaign in memory.\u201d\n\nMaria Olsen is a retired teacher in Duluth.", "This is the worst", "direct", "Maria Olsen", "I", "saying"},
		{"FirstPersonWithoutWriterNamesNobody", "en", "When I was 19, I wanted my vote to \"mean\" something.", "mean", "partial", "", "I", ""},
		{"AndIQuoteIsAnAside", "en", "No wonder Trump said, and I quote, \"We love the poorly educated.\" He is treating his supporters as fools.\n\nMaria Olsen, Duluth.", "We love", "direct", "Trump", "Trump", "said"},
		{"WriterPresentedByCapitalisedTitle", "en", "Vote for the Nominee.\n\nWhen I was 19, I wanted my vote to \"mean\" something.\n\nMaria Olsen is Senior Editor-at-Large at the Duluth Ledger. Her new book is out in May.", "mean", "partial", "Maria Olsen", "I", ""},
		{"LastParagraphNewsIsNoWriter", "en", "Vote for the Nominee.\n\nWhen I was 19, I wanted my vote to \"mean\" something.\n\nMaria Olsen is expected to speak at the convention.", "mean", "partial", "", "I", ""},
		{"WriterPresentedAfterApposition", "en", "Party Unity Is a Two-Way Street.\n\nI told my colleagues that the nominee must earn the \"trust\" of young voters.\n\nRep. Maria Olsen, D-Minn., was an early backer of the senator.", "trust", "partial", "Maria Olsen", "I", "told"},
		{"BodyNounInAppositionTypesOrganisation", "en", "The advocacy group Autism Speaks is sponsoring a competition.\n\nJudicial Watch, a conservative watchdog group, sued the department. \"The emails must be released,\" the group said in a statement.", "The emails", "direct", "Judicial Watch", "the group", "said in a statement"},
		{"RoleForABodyInAppositionStaysPerson", "en", "Defense experts like Hans-Peter Bartels, the parliamentary commissioner for the military, want more. \"We must grow as quickly as possible,\" Bartels said.", "We must grow", "direct", "Hans-Peter Bartels", "Bartels", "said"},
		{"NameThatSaysItIsAnOrganisation", "en", "The added security prompted Black Lives Matter to withdraw from the parade. Black Lives Matter issued a statement saying it took the action because of the police.\n\n\"For us, celebrating this year meant choosing between two threats,\" the group said in a statement.", "For us", "direct", "Black Lives Matter", "the group", "said in a statement"},
		{"NameSayingItIsIsStillAPerson", "en", "The Justice Department opened an inquiry. Former federal prosecutor Glen Kopp said it is not surprising that agents want to interview the aides.\n\n\"They are within the zone of interest,\" he said.", "They are within", "direct", "Glen Kopp", "he", "said"},
		{"BareSurnameSubjectBeforePronounChain", "en", "Clinton stands behind President Obama's position, her adviser, Jake Sullivan, said: \"She values a strong Britain.\"\n\nObama departs for Germany today. In a riff on his slogan, protesters will hold banners.\n\nBut he leaves behind a backlash. Conceding that a deal would come \"down the line,\" he warned: \"It is not going to happen soon.\"", "It is not going", "direct", "Obama", "he", "warned"},
		{"CapitalisedOpenerIsNoBareSurname", "en", "Senator Paul Hendricks spoke on Monday.\n\nSometimes critics complained about the plan. \"We will not back down,\" he said.", "We will not", "direct", "Paul Hendricks", "he", "said"},
		{"NationalityOpenerIsNoBareSurname", "en", "Senator Paul Hendricks spoke on Monday about Russian hackers.\n\nRussian hackers attacked the servers. \"We will not back down,\" he said.", "We will not", "direct", "Paul Hendricks", "he", "said"},
		{"UnnamedRoleOpenerBeforePronoun", "en", "Police Chief Marc Duval urged residents to stay home.\n\nThe truck drove into the crowd on the promenade. A reporter for Agence France-Presse called it \"absolute chaos.\"\n\n\"We saw people hit and debris flying around,\" he said.", "We saw people", "direct", "", "he", "said"},
		{"UnnamedRoleAskingANamedPerson", "en", "Bernie Sanders visited a high school in Las Vegas.\n\nA reporter asked Sanders how he was feeling. He replied: \"The bigger the turnout, the better I feel.\"", "The bigger", "direct", "Bernie Sanders", "He", "replied"},
		{"LetterSignedBelowIsTheWriters", "en", "Michelle Obama: A Speech to Remember.\n\nLETTERS.\n\nThe first lady spoke from the heart.\n\nIn a word, I would call the campaign \"a national disgrace.\"\n\nAtul M. Karnik.\n\nWoodside, N.Y.", "a national disgrace", "partial", "Atul M. Karnik", "I", "call"},
		{"WriterFromPossessiveBeforeQuotedTitle", "en", "Dinesh D\u2019Souza\u2019s \u2018Stealing America\u2019.\n\nI had to tell the judge that I felt \"deeply sorry.\"", "deeply sorry", "partial", "Dinesh D\u2019Souza", "I", ""},
		{"NoWriterFromPossessiveHeadline", "en", "Trampling Latinos\u2019 Sensibilities.\n\nI had to tell the judge that I felt \"deeply sorry.\"", "deeply sorry", "partial", "", "I", ""},
		{"PronounAfterUnnamedSpeaker", "en", "Ambassador Prudence Bushnell was among the injured.\n\n\"It was definitely a bomb,\" said a U.S. Embassy official in Nairobi, who refused to identify himself. \"You can see a huge crater behind the building,\" he said.", "You can see", "direct", "", "he", "said"},
		{"PersonAtFirmWithPersonLikeName", "en", "Unisys is expected to break even in the fourth quarter.\n\nSo Steve Milunovich at First Boston said he is cutting his estimate. \"I was feeling like I was too high to begin with,\" he said.", "I was feeling", "direct", "Steve Milunovich", "he", "said"},
		{"NameInClauseInsideRelativeAside", "en", "James Kopp fled in 1998.\n\nKopp's stepmother, who married Kopp's father when Kopp was in his 30s, said: \"I would like to see him come forward.\"", "I would like", "direct", "", "Kopp's stepmother", "said"},
		{"GenderedRoleSkipsOtherGender", "en", "James Kopp fled in 1998.\n\nThe stepmother, who met Kopp in 1990, said: \"I would like to see him come forward.\"", "I would like", "direct", "", "The stepmother", "said"},
		{"PlaceBeforeKindNounIsNamedOrganisation", "en", "Anheuser-Busch Cos. said it plans to discount its beers.\n\nThe St. Louis company said rivals \"have been following a policy of deep discounting.\"", "have been following", "partial", "Anheuser-Busch Cos.", "The St. Louis company", "said"},
		{"FirstNameInAppositionAfterCueRole", "en", "Manuel Gonzalez would not come to the door.\n\n\"He must go to work,\" said his daughter, Rosa, who said he would prefer not to talk.", "He must go", "direct", "Rosa", "his daughter, Rosa", "said"},
		{"NameAfterPrepositionIsNoChanter", "en", "President Fidel Castro spoke on Friday.\n\nChildren marched around the Parque Central chanting \"We will save Elian!\"", "We will save", "partial", "", "", "chanting"},
		{"HundredsOfIsNoName", "en", "Mayor Joe Carollo spoke on Friday.\n\nHundreds of Cuban-Americans chanting \"Liberty! Liberty!\" blocked intersections.", "Liberty!", "partial", "", "", "chanting"},
		{"WithAgentOfParticiple", "en", "Republicans were irritated by the plan, with Sen. John McCain calling it a \"Chinese menu.\"", "Chinese menu", "partial", "John McCain", "Sen. John McCain", "calling"},
		{"RadioIsNoPerson", "en", "Prime Minister Yitzhak Rabin was killed in 1995.\n\nShe told her rabbi about it. The talk was \"nonsense,\" the radio said.", "nonsense", "partial", "", "the radio", "said"},
		{"CompanyFirstWordAfterLegalName", "en", "Courtaulds PLC announced plans to spin off its textiles business, Courtaulds Textiles.\n\nAnalysts welcomed the plan.\n\nCourtaulds has been under pressure since speculators bought stakes last year, said Julia Blake, an analyst.\n\nIn a statement, the company said: \"Both parts can realize their full potential.\"", "Both parts", "direct", "Courtaulds", "the company", "said"},
		{"OrganisationWithApposition", "en", "Hewlett-Packard Co. said it raised its stake in Octel.\n\nHewlett-Packard, a Palo Alto, Calif., computer company, said it acquired the stock \"to develop a strategic partnership.\"", "to develop", "partial", "Hewlett-Packard", "Hewlett-Packard, a Palo Alto, Calif., computer company", "said"},
		{"RoleOfABodyThenName", "en", "The union called off the strike on Friday.\n\n\"We have a fair deal,\" said the union's chief negotiator, Marta Kowal.", "We have a fair deal", "direct", "Marta Kowal", "the union's chief negotiator, Marta Kowal", "said"},
		{"RoleOfANamedBodyThenName", "en", "The plant will stay open.\n\n\"It is the best decision for our members,\" said the general secretary of the dockers' union Unite Port, Ola Berg.", "It is the best decision", "direct", "Ola Berg", "the general secretary of the dockers' union Unite Port, Ola Berg", "said"},
		{"CompanyNamedGeneralHoldsNoRole", "en", "The government welcomed the decision by General Dynamics.\n\n\"It is good news,\" said the general secretary.", "It is good news", "direct", "", "the general secretary", "said"},
		{"TitleEndingANameBeforeApposition", "en", "Aerolinea CEO, Tomas Vidal, defended the order, saying, \"The A320 is the most reliable plane we fly.\"", "The A320", "direct", "Tomas Vidal", "Aerolinea CEO, Tomas Vidal", "saying"},
		{"AppositionLostItsClosingComma", "en", "The first jet was rolled out on Sunday.\n\nNora Lind, president and chief executive of Vantor Aircraft Systems said, \"This has been a wonderful day.\"", "This has been", "direct", "Nora Lind", "Nora Lind, president and chief executive of Vantor Aircraft Systems", "said"},
		{"AppositionWithCapitalTitleLostItsComma", "en", "The first jet was rolled out on Sunday.\n\nNora Lind, president and CEO of Vantor Commercial Airplanes said, \"This has been a wonderful day.\"", "This has been", "direct", "Nora Lind", "Nora Lind, president and CEO of Vantor Commercial Airplanes", "said"},
		{"TitleOfBeforeAFullNameAfterAComma", "en", "After the talks with Lavrov, Secretary of State John Kerry said, \"We made progress.\"", "We made progress", "direct", "John Kerry", "Secretary of State John Kerry", "said"},
		{"CueOpensTheLineAfterTheQuote", "en", "Canada will lend the carmakers $3 billion.\n\"This is a regrettable but necessary step.\nWe cannot afford a collapse.\"\nsaid Jean Moreau, the prime minister.", "This is a regrettable", "direct", "Jean Moreau", "Jean Moreau", "said"},
		{"TreasuryIsABody", "en", "The Canadian Treasury described the rescue plan in a statement on Monday.\n\nIt said that \"the guarantee will last for one year.\"\n\nTreasury Minister Anne Roy said: \"We will act.\"", "the guarantee", "partial", "Canadian Treasury", "It", "said"},
		{"ListenerAfterRelativeClause", "en", `"The FBI has the emails," an intelligence source, who was not authorized to speak on the record, told Fox News.`, "The FBI has", "direct", "", "an intelligence source", "told"},
		{"Byline", "en", "“He cannot answer a question without scaring people.” ― Esther Tapia\nNext line.", "He cannot answer", "direct", "Esther Tapia", "Esther Tapia", ""},
		{"HonorificAndTitleWord", "en", `"They pay us a lot of money," Mr. King said.`, "They pay us", "direct", "King", "Mr. King", "said"},
		{"PersonOfOrganisation", "en", `"It was the least bad outcome," Mr. Morgan of the Sierra Club said.`, "It was the least", "direct", "Morgan", "Mr. Morgan of the Sierra Club", "said"},
		{"AfterReportedSpeech", "en", "The administration may wait while Secretary of State John Kerry negotiates, Adam Schiff said. \"The other factor is timing.\"", "The other factor", "direct", "Adam Schiff", "", ""},
		{"KataX", "id", `"Uang ini untuk sekolah," kata Prabowo saat memberikan sambutan.`, "Uang ini untuk sekolah", "direct", "Prabowo", "Prabowo", "kata"},
		{"Ujarnya", "id", "Presiden Prabowo Subianto berbicara di Jakarta.\n\"Kita bangun desa nelayan,\" ujarnya.", "Kita bangun", "direct", "Prabowo Subianto", "nya", "ujarnya"},
		{"LanjutX", "id", `"Tiap desa anggarannya Rp 22 miliar," lanjut Prabowo.`, "Tiap desa", "direct", "Prabowo", "Prabowo", "lanjut"},
		{"KataRoleCommaName", "id", `"Kita harus menemukan titik tengah," kata Menteri Lingkungan Kenya, Deborah Barasa.`, "Kita harus", "direct", "Deborah Barasa", "Menteri Lingkungan Kenya, Deborah Barasa", "kata"},
		{"MengatakanColon", "id", `Jaksa Agung ST Burhanuddin mengatakan, "Kami akan terus bekerja."`, "Kami akan", "direct", "ST Burhanuddin", "Jaksa Agung ST Burhanuddin", "mengatakan"},
		{"Menurut", "id", `Menurut Burhanuddin, "uang itu sudah diserahkan."`, "uang itu sudah", "direct", "Burhanuddin", "Burhanuddin", "Menurut"},
		{"PartialInCallingClause", "en", "Edi Rama spoke on Tuesday. Iran condemned the expulsion of the diplomats, calling the action \"disgusting\" and \"short-sighted\".", "disgusting", "partial", "Iran", "Iran", "calling"},
		{"PartialInCallingClauseSecond", "en", "Edi Rama spoke on Tuesday. Iran condemned the expulsion of the diplomats, calling the action \"disgusting\" and \"short-sighted\".", "short-sighted", "partial", "Iran", "Iran", ""},
		{"PartialInMenyebutClause", "id", "Edi Rama berbicara pada Selasa. Iran mengecam pengusiran para diplomat, dengan menyebut tindakan itu \"menjijikkan\".", "menjijikkan", "partial", "Iran", "Iran", "menyebut"},
		{"PartialAfterDismissedAs", "en", "Edi Rama spoke on Tuesday. Iran dismissed accusations of being behind the cyber attack as \"baseless\" and called Albania's decision \"a rash act\".", "baseless", "partial", "Iran", "Iran", ""},
		{"PartialAfterDismissedAsIndonesian", "id", "Edi Rama berbicara pada Selasa. Iran menolak tuduhan berada di balik serangan siber itu sebagai \"tidak berdasar\".", "tidak berdasar", "partial", "Iran", "Iran", ""},
		{"WhichItCalled", "en", "The United States backed the move by NATO member Albania, and vowed retaliation against Iran, which it called \"a disturbing precedent\".", "a disturbing", "partial", "United States", "it", "called"},
		{"YangDisebutnya", "id", "AS mendukung langkah Albania, sebuah negara anggota NATO, dan menjanjikan pembalasan terhadap Iran atas apa yang disebutnya \"preseden yang mengganggu\".", "preseden", "partial", "AS", "AS", "disebutnya"},
		{"QuoteAfterStatementSentence", "en", "The North Atlantic Council issued a statement for this.\n\n\"We stand with Albania.\"", "We stand with", "direct", "North Atlantic Council", "", ""},
		{"QuoteAfterStatementSentenceIndonesian", "id", "Dewan Atlantik Utara mengeluarkan pernyataan:\n\n\"Kami mendukung Albania.\"", "Kami mendukung", "direct", "Dewan Atlantik Utara", "Dewan Atlantik Utara", ":"},
		{"ItsMinistry", "en", "Iran denied the charge on Thursday, and its foreign ministry said \"the claim is baseless\".", "the claim", "partial", "Iran's foreign ministry", "its foreign ministry", "said"},
		{"ItsMinistryIndonesian", "id", "Iran membantah tuduhan itu pada Kamis, dan kementerian luar negerinya mengatakan \"tuduhan itu tidak berdasar\".", "tuduhan itu", "partial", "Iran", "Iran", "mengatakan"},
		{"AfterNarrativeShortName", "en", "Christie was joined in Hudson by Buddy Valastro, a baker.\n\nValastro praised Christie's leadership after the storm.\n\n\"We need someone who gets things done.\"", "We need someone", "direct", "Buddy Valastro", "", ""},
		{"AfterNarrativeShortNameIndonesian", "id", "Prabowo didampingi Teuku Faizasyah di Bekasi.\n\nFaizasyah memuji kepemimpinan Prabowo setelah banjir.\n\n\"Kita butuh pemimpin yang bekerja.\"", "Kita butuh", "direct", "Teuku Faizasyah", "", ""},
		{"PlaceModifiesRole", "en", "Marco Rubio spoke in Miami on Monday. The Florida senator called the plan \"a disaster\" on Tuesday.", "a disaster", "partial", "Marco Rubio", "The Florida senator", "called"},
		{"BoardIsNearestOrganisation", "en", "Edi Rama met the Central Election Commission on Monday to talk about the count of the votes.\n\n\"The count is final,\" the board said.", "The count", "direct", "Central Election Commission", "the board", "said"},
		{"DewanIsNearestOrganisation", "id", "Edi Rama bertemu Komisi Pemilihan Umum pada Senin untuk membahas hasil penghitungan suara.\n\n\"Hasilnya sudah final,\" kata dewan itu.", "Hasilnya", "direct", "Komisi Pemilihan Umum", "dewan", "kata"},
		{"PersonAfterPossessive", "en", "The talks ended on Monday. Germany's Chancellor Angela Merkel hailed the deal with Turkey as a \"breakthrough\" on Friday.", "breakthrough", "partial", "Angela Merkel", "Germany's Chancellor Angela Merkel", ""},
		{"PossessiveRoleApposition", "en", "The case went to court in May. Santilli's attorney, Thomas Coan, argued that his client was \"an entertainer\" and no threat.", "an entertainer", "partial", "Thomas Coan", "Thomas Coan", "argued"},
		{"InvertedPossessiveRoleName", "en", "\"We are banking early votes,\" said Rubio's campaign manager Rich Beeson.", "We are banking", "direct", "Rich Beeson", "Rubio's campaign manager Rich Beeson", "said"},
		{"WentOnThenContinuation", "en", "Megyn Kelly smiled at him. \"You know, it happens, right?\" Trump went on, as if he did not hear her. \"But you get over it.\"", "But you get", "direct", "Trump", "", ""},
		{"SergahThenContinuation", "id", "Najwa Shihab tersenyum. \"Itu biasa terjadi,\" sergah Prabowo, seolah tidak mendengar. \"Tapi kita harus bangkit.\"", "Tapi kita", "direct", "Prabowo", "", ""},
		{"BareCueSentenceAfterFullStop", "en", "Hillary Clinton spoke in Denver on Tuesday. \"Russia, if you are listening, find the emails.\" Trump said.", "Russia, if you", "direct", "Trump", "Trump", "said"},
		{"BareCueSentenceAfterFullStopIndonesian", "id", "Sri Mulyani berbicara di Jakarta pada Selasa. \"Kita tidak akan mundur.\" Prabowo menegaskan.", "Kita tidak", "direct", "Prabowo", "Prabowo", "menegaskan"},
		{"NextQuoteCueInSentence", "en", "ReganBooks announced plans to publish a \"candid memoir\" by Marla Maples.\n\n\"All that glitters is not gold\" was to be a \"cautionary tale,\" said Susan Crawford, her agent.", "All that glitters", "direct", "Susan Crawford", "", ""},
		{"NextQuoteCueInSentenceIndonesian", "id", "Penerbit Gramedia mengumumkan rencana menerbitkan \"memoar jujur\" karya Marla Maples.\n\n\"Tak semua yang berkilau itu emas\" akan menjadi \"kisah peringatan,\" kata Susan Crawford, agennya.", "Tak semua", "direct", "Susan Crawford", "", ""},
		{"CueEndsSentenceBefore", "en", "Dianne Bystrom agreed with him. Or maybe Jeb Bush, digital consultant Phil Musser says. \"Several surveys suggest a second look at Jeb.\"", "Several surveys", "direct", "Phil Musser", "", ""},
		{"CueEndsSentenceBeforeIndonesian", "id", "Sri Mulyani setuju dengan itu. Atau mungkin Anies Baswedan, kata pengamat Ujang Komarudin. \"Beberapa survei menunjukkan hal itu.\"", "Beberapa survei", "direct", "Ujang Komarudin", "", ""},
		{"WhatItCallsAfterGroupNoun", "en", "Mark Barden now helps lead the Sandy Hook Foundation in Newtown.\n\nThe group seeks to prevent deaths through what it calls \"sensible gun laws\" in every state.", "sensible gun", "partial", "Sandy Hook Foundation", "it", "calls"},
		{"YangDisebutnyaAfterGroupNoun", "id", "Budi Santoso kini memimpin Yayasan Peduli Anak di Bekasi.\n\nLembaga itu ingin mencegah kekerasan melalui apa yang disebutnya \"aturan yang masuk akal\" di setiap daerah.", "aturan yang", "partial", "Yayasan Peduli Anak", "Lembaga", "disebutnya"},
		{"FragmentInNarrativePassesNothingOn", "en", "Protesters at the rally mocked the wall, calling Donald Trump \"a fantasist\" in chants that filled the hall for an hour.\n\n\"Build bridges, not walls!\"", "Build bridges", "direct", "", "", ""},
		{"FragmentInNarrativePassesNothingOnIndonesian", "id", "Para pengunjuk rasa mengejek tembok itu dengan menyebut rencana Prabowo Subianto \"khayalan\" dalam yel-yel yang memenuhi aula selama satu jam.\n\n\"Bangun jembatan, bukan tembok!\"", "Bangun jembatan", "direct", "", "", ""},
		{"ParticipleObjectIsNoSpeaker", "en", "Protesters at the rally mocked the wall, calling Donald Trump \"a fantasist\" in chants that filled the hall.", "a fantasist", "partial", "", "", "calling"},
		{"ParticipleObjectIsNoSpeakerIndonesian", "id", "Para pengunjuk rasa mengejek tembok itu dengan menyebut Prabowo Subianto \"pengkhayal\" dalam yel-yel yang memenuhi aula.", "pengkhayal", "partial", "", "", "menyebut"},
		{"SurnameIsNoStartOfPlace", "en", "The old Trump Taj Mahal casino closed on Monday after years of losses.\n\n\"It was a great run,\" Trump said.", "It was a great", "direct", "Trump", "Trump", "said"},
		{"SurnameIsNoStartOfPlaceIndonesian", "id", "Kasino Trump Taj Mahal yang lama tutup pada Senin setelah bertahun-tahun merugi.\n\n\"Itu masa yang hebat,\" kata Trump.", "Itu masa", "direct", "Trump", "Trump", "kata"},
		{"DoubleSurname", "en", "Melba Acosta Febo led the bank until June and then resigned.\n\n\"We paid what we could,\" Ms. Acosta said.", "We paid", "direct", "Melba Acosta Febo", "Ms. Acosta", "said"},
		{"RegionIsNoPerson", "en", "A woman who fled the Middle East posted comments on Facebook about the attack.\n\n\"Filth out!\" she wrote.", "Filth out", "direct", "", "she", "wrote"},
		{"RegionIsNoPersonIndonesian", "id", "Seorang perempuan yang lari dari Timur Tengah menulis komentar di Facebook tentang serangan itu.\n\n\"Usir mereka!\" tulisnya.", "Usir mereka", "direct", "", "nya", "tulisnya"},
		{"ParticipleIsNoFirstName", "en", "Understated Perez rarely raises his voice in public.\n\nLabor Secretary Thomas Perez spoke in Ohio on Monday.\n\n\"We will win Ohio,\" Perez said.", "We will win", "direct", "Thomas Perez", "Perez", "said"},
		{"PronounAfterWordsBeforeIt", "en", "Jason Furman spoke about wages on Monday.\n\n\"Wages have risen faster than prices\" at every income, he said.", "Wages have risen", "direct", "Jason Furman", "he", "said"},
		{"SentenceAdverbIsNoName", "en", "Ironically, the Philippines' recently elected president, Rodrigo Duterte, called Obama \"a son of a whore\" last week.", "a son of", "partial", "Rodrigo Duterte", "Rodrigo Duterte", "called"},
		{"SentenceAdverbKeepsFirstName", "en", "Kelly, a waitress from Ohio, watched the debate at home.\n\n\"I was not impressed,\" Kelly said.", "I was not", "direct", "Kelly", "Kelly", "said"},
		{"SaidToBeIsHearsay", "en", "The interview set off a panic, and party chairman Reince Priebus was said to be \"furious\" with Trump.", "furious", "partial", "", "", "said"},
		{"TegasnyaClitic", "id", "Teuku Faizasyah membantah tuduhan itu. \"Tidak ada dasar hukumnya,\" tegasnya.", "Tidak ada dasar", "direct", "Teuku Faizasyah", "nya", "tegasnya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(newDoc(t, "s1", tt.text, tt.lang))
			q, ok := find(res.Quotes, tt.prefix)
			if !ok {
				t.Fatalf("no quote starting %q in %+v", tt.prefix, res.Quotes)
			}
			if got, want := q.Kind, tt.kind; got != want {
				t.Errorf("kind = %q, want %q", got, want)
			}
			if got, want := str(q.Speaker), tt.speaker; got != want {
				t.Errorf("speaker = %q, want %q", got, want)
			}
			if got, want := str(q.SpeakerText), tt.speakerText; got != want {
				t.Errorf("speaker_text = %q, want %q", got, want)
			}
			if got, want := str(q.Cue), tt.cue; got != want {
				t.Errorf("cue = %q, want %q", got, want)
			}
		})
	}
}

func TestExtractSpans(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string // quote texts, in order, kind direct or partial
	}{
		{"Apostrophes", "en", `The attacker’s servers in L’Asia were hit, officials’ reports said.`, nil},
		{"TitleIsNotSpeech", "en", `Rama appeared on "Saturday Night Live" and at the "Balkan Summit" last year.`, nil},
		{"IndonesianTitle", "id", `Film "Gadis Kretek" diputar di bioskop pekan lalu.`, nil},
		{"Unbalanced", "en", "\"This never closes, said Rama.\n\nOrdinary text follows here.", []string{"This never closes, said Rama."}},
		{"MultiParagraph", "en", "\"First part,\" Rama said. \"Second part.\n\n\"Third part.\n\n\"Last part.\"\n\nAfter.", []string{"First part", "Second part.\n\n\"Third part.\n\n\"Last part."}},
		{"TwoQuotesOneSentence", "en", `"Yes," Rama said, "we will."`, []string{"Yes", "we will."}},
		{"TitleInApposition", "en", `Sam Solovey, a contestant on Trump's reality TV show, "The Apprentice," who went on to work alongside Trump, said his boss was "always kind."`, []string{"always kind."}},
		{"FeetAndInchesInsideQuote", "en", "\u201cI admit, he\u2019s taller than me; he\u2019s like 6\u20192\u201d,\u201d Rubio said.", []string{"I admit, he\u2019s taller than me; he\u2019s like 6\u20192\u201d"}},
		{"CurlyInsideStraightQuotation", "en", "Dr. Ward stated:\n\n\"The department isn\u2019t about \u201cEqual Justice Under Law\u201d anymore. It is about politics.\n\n\"The latest example is this lawsuit.\"", []string{"The department isn\u2019t about \u201cEqual Justice Under Law\u201d anymore. It is about politics.\n\n\"The latest example is this lawsuit."}},
		{"CurlyRightAfterStraightMark", "en", "\"\u201cYou don\u2019t win the nomination by states,\u201d Rubio responded before adding more.\"", []string{"You don\u2019t win the nomination by states"}},
		{"StrayStraightMarkBeforeCurlyQuote", "en", "\"Trump tried to laugh it off by interjecting, \u201cOnly Rosie O\u2019Donnell.\u201d But Kelly was relentless.\n\n\u201cDoes that sound right?\u201d she asked.", []string{"Does that sound right?"}},
		{"ApostropheBeforeWordHidesNoQuote", "en", "Tell 'em all, Rama said. \"We are ready,\" he added.", []string{"We are ready"}},
		{"ApostropheInNameThenSingleQuote", "en", "Sophie in 't Veld said, 'We are ready,' and left.", []string{"We are ready"}},
		{"ApostrophesAroundALetter", "en", "He loved rock 'n' roll. \"We are ready,\" he said.", []string{"We are ready"}},
		{"InchesAreNoQuote", "en", `The screen measured 55" across, Rama said.`, nil},
		{"SpacedContractionIsNoQuote", "en", "The United States 's largest carmaker named Barra , and I' m told the board' s vote was close .", nil},
		{"Backticks", "en", "Calling her ``an excellent girl,'' Castro said she had been ``practically kidnapped.''", []string{"an excellent girl", "practically kidnapped."}},
		{"BackticksThenSpace", "en", "The minister said Jordan `` is seeking some guidance'' on the embargo.", []string{"is seeking some guidance"}},
		{"BackticksLostClosingMark", "en", "Replied spokesman Richard Boucher, ``We have not analyzed it. ``We believe the facts are clear.'' Nothing else was said.", []string{"We have not analyzed it.", "We believe the facts are clear."}},
		{"BackticksOverParagraphs", "en", "``I am the father,'' he said. ``I speak for him.\n\n``Why should it be delayed?''\n\nElian was found at sea.", []string{"I am the father", "I speak for him.\n\n``Why should it be delayed?"}},
		{"LinePerSentence", "en", "Shares fell again .\n`` We are worried .\nThe decline has hit our orders , '' said a supplier .\n\"Sales will recover.\nWe are sure,\" Harper said.\n\"This never closes.\nHarper left for \"talks.\"", []string{"We are worried .\nThe decline has hit our orders", "Sales will recover.\nWe are sure", "This never closes.", "talks."}},
		{"TwoApostrophesLeftOpen", "en", "He said: ''We will not stop\n\nOther text follows.", []string{"We will not stop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(newDoc(t, "s1", tt.text, tt.lang))
			var got []string
			for _, q := range res.Quotes {
				if q.Kind != dataset.KindIndirect {
					got = append(got, q.Text)
				}
			}
			if g, w := strings.Join(got, " | "), strings.Join(tt.want, " | "); g != w {
				t.Errorf("quotes = %q, want %q", g, w)
			}
		})
	}
}

func TestExtractContinuation(t *testing.T) {
	text := "\"We are still counting the damage,\" said Ditmir Bushati.\n\"There is much to repair.\"\n\nThe weather was fine.\n\nOther text.\n\n\"Nobody claims this one.\""
	res := Extract(newDoc(t, "s1", text, "en"))
	q, ok := find(res.Quotes, "There is much")
	if !ok {
		t.Fatal("continuation quote not found")
	}
	if got, want := str(q.Speaker), "Ditmir Bushati"; got != want {
		t.Errorf("continuation speaker = %q, want %q", got, want)
	}
	if got, want := str(q.SpeakerText), ""; got != want {
		t.Errorf("continuation speaker_text = %q, want %q (no words name it there)", got, want)
	}
	far, ok := find(res.Quotes, "Nobody claims")
	if !ok {
		t.Fatal("far quote not found")
	}
	if got := str(far.Speaker); got != "" {
		t.Errorf("quote three paragraphs on took speaker %q, want none", got)
	}
}

// TestWriterFromByline: "I" outside quotation marks is the writer, and
// when the text does not present one, the byline (sources.author) does.
func TestWriterFromByline(t *testing.T) {
	const story = "Party Unity Is a Two-Way Street.\n\nWhen I was 19, I wanted my vote to \"mean\" something."
	tests := []struct{ name, text, author, want string }{
		{"OneWriter", story, "Maria Olsen", "Maria Olsen"},
		{"NoByline", story, "", ""},
		{"SeveralWriters", story, "Maria Olsen, Tom Reyes", ""},
		{"SeveralWritersJoinedByAnd", story, "Maria Olsen and Tom Reyes", ""},
		{"InitialsInCapitals", story, "AWR Hawkins", "AWR Hawkins"},
		{"Agency", story, "AFP", ""},
		{"Outlet", story, "Breitbart News", ""},
		// An excerpt's byline may name the outlet's staff: the text's
		// closing line wins.
		{"ClosingLineFirst", story + "\n\nRep. Ana Ruiz, D-Minn., was an early backer of the senator.", "Maria Olsen", "Ana Ruiz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc(t, "s1", tc.text, "en")
			doc.Source.Author = dataset.Str(tc.author)
			q, ok := find(Extract(doc).Quotes, "mean")
			if !ok {
				t.Fatal("quote not found")
			}
			if got := str(q.Speaker); got != tc.want {
				t.Errorf("speaker = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestExtractIndirect(t *testing.T) {
	tests := []struct {
		name, lang, text, content, speaker, cue string
	}{
		{"SaidThat", "en", "Prime Minister Edi Rama said that the attack had been planned for months.", "the attack had been planned for months", "Edi Rama", "said"},
		{"DeniedThat", "en", "Iran's foreign ministry denied that it had any role in the attack.", "it had any role in the attack", "Iran's foreign ministry", "denied"},
		{"SaidNoThat", "en", "Edi Rama said the servers were restored within days.", "the servers were restored within days", "Edi Rama", "said"},
		{"AccordingTo", "en", "According to Edi Rama, the servers were restored within days.", "the servers were restored within days", "Edi Rama", "According to"},
		{"MengatakanBahwa", "id", "Menteri Keuangan Purbaya Yudhi Sadewa mengatakan bahwa uang itu akan masuk kas negara.", "uang itu akan masuk kas negara", "Purbaya Yudhi Sadewa", "mengatakan"},
		{"Menurut", "id", "Menurut Jaksa Agung ST Burhanuddin, uang tersebut berasal dari lima perusahaan.", "uang tersebut berasal dari lima perusahaan", "ST Burhanuddin", "Menurut"},
		{"WhoSaidThat", "en", "Sandy Phillips, who lost her daughter in Aurora in 2012, said that Sanders had treated her family disrespectfully.", "Sanders had treated her family disrespectfully", "Sandy Phillips", "said"},
		{"YangMengatakanBahwa", "id", "Sri Mulyani, yang menjabat sejak 2016, mengatakan bahwa Prabowo akan datang besok.", "Prabowo akan datang besok", "Sri Mulyani", "mengatakan"},
		{"AppositiveThenClause", "en", "Steven Cheung, a campaign spokesman, said the increased office space was needed for new staff.", "the increased office space was needed for new staff", "Steven Cheung", "said"},
		{"AppositiveThenClauseIndonesian", "id", "Teuku Faizasyah, juru bicara Kemlu, mengatakan pemerintah akan memanggil duta besar Iran.", "pemerintah akan memanggil duta besar Iran", "Teuku Faizasyah", "mengatakan"},
		{"SaidOnThat", "en", "James Melendres said on MSNBC that there was no sign of intent in the case.", "there was no sign of intent in the case", "James Melendres", "said"},
		{"MengatakanDiBahwa", "id", "Teuku Faizasyah mengatakan di Jakarta bahwa pemerintah akan memanggil duta besar Iran.", "pemerintah akan memanggil duta besar Iran", "Teuku Faizasyah", "mengatakan"},
		{"RoleAfterContent", "en", "In Ohio, the turnout was the second highest in a primary contest, election officials said.", "In Ohio, the turnout was the second highest in a primary contest", "", "said"},
		{"BeforeQuotation", "en", "Edi Rama said the attack was planned for months, adding: \"We will not bow.\"", "the attack was planned for months", "Edi Rama", "said"},
		{"BeforeQuotationIndonesian", "id", "Prabowo Subianto mengatakan desa nelayan akan dibangun tahun ini, lalu menambahkan: \"Kita mulai dari Bekasi.\"", "desa nelayan akan dibangun tahun ini", "Prabowo Subianto", "mengatakan"},
		{"PollFoundThat", "en", "A Gallup poll found that most voters want a change of course.", "most voters want a change of course", "", "found that"},
		{"MenurutnyaPronoun", "id", "Budi Santoso, warga Demak, datang pagi ini.\n\nMenurutnya, banjir itu sudah terjadi sejak Selasa malam.", "banjir itu sudah terjadi sejak Selasa malam", "Budi Santoso", "Menurutnya"},
		{"TitledNameInAppositionToATitledPlace", "id", "Kapolsek Genuk, Kompol Rismanto, mengatakan genangan air meluas hingga Jalan Kaligawe.", "genangan air meluas hingga Jalan Kaligawe", "Rismanto", "mengatakan"},
		{"AgedNameInApposition", "id", "Sementara itu, salah satu pengemudi ojol asal Genuk, Wawan (35), mengaku banjir sudah mulai sejak Selasa malam.", "banjir sudah mulai sejak Selasa malam", "Wawan", "mengaku"},
		{"OrganisationNameWithDan", "id", "Menurut Organisasi Kerja Sama dan Pembangunan Ekonomi, produksi plastik akan naik dua kali lipat.", "produksi plastik akan naik dua kali lipat", "Organisasi Kerja Sama dan Pembangunan Ekonomi", "Menurut"},
		{"TwoOrganisationsWithDan", "id", "Menurut Kementerian Keuangan dan Bank Indonesia, inflasi akan turun tahun depan.", "inflasi akan turun tahun depan", "Kementerian Keuangan", "Menurut"},
		{"SurveiMenunjukkanBahwa", "id", "Survei Litbang Kompas menunjukkan bahwa mayoritas warga mendukung program itu.", "mayoritas warga mendukung program itu", "Survei Litbang Kompas", "menunjukkan bahwa"},
		{"GroupSubject", "en", "About three in 10 said they prefer a more liberal agenda.", "they prefer a more liberal agenda", "", "said"},
		{"GroupSubjectIndonesian", "id", "Sebagian besar pengungsi mengatakan bantuan belum sampai ke tenda mereka.", "bantuan belum sampai ke tenda mereka", "", "mengatakan"},
		{"AppositiveSaidDayThat", "en", "Nevada's governor, Brian Sandoval, a Republican, said Tuesday that he had voted for Mr. Rubio.", "he had voted for Mr. Rubio", "Brian Sandoval", "said"},
		{"AppositiveMengatakanPadaBahwa", "id", "Bupati Sukabumi, Marwan Hamami, mengatakan pada Selasa bahwa jumlah korban masih bertambah.", "jumlah korban masih bertambah", "Marwan Hamami", "mengatakan"},
		{"AfterQuotedSentence", "en", "O'Malley interjected: \"It's just not true.\" Martin O'Malley said Clinton would not go far enough.", "Clinton would not go far enough", "Martin O'Malley", "said"},
		{"AskedWhether", "en", "Gerard Baker asked whether the tax credit would cost too much.", "the tax credit would cost too much", "Gerard Baker", "asked"},
		{"MenanyakanApakah", "id", "Budi Santoso menanyakan apakah tanggul itu selesai tahun ini.", "tanggul itu selesai tahun ini", "Budi Santoso", "menanyakan"},
		{"SayingParticiple", "en", "Bernie Sanders stepped up his attacks on Monday, saying the bank plan would fail.", "the bank plan would fail", "Bernie Sanders", "saying"},
		{"SerayaMengatakan", "id", "Prabowo Subianto meninjau tanggul di Bekasi, seraya mengatakan bahwa proyek itu selesai tahun ini.", "proyek itu selesai tahun ini", "Prabowo Subianto", "mengatakan"},
		{"AccordingToData", "en", "About 42 million borrowers have student debt, according to data from the Department of Education.", "About 42 million borrowers have student debt", "", "according to"},
		{"AccordingToNoComma", "en", "Clinton leads Sanders by 271 delegates according to a count by The Associated Press.", "Clinton leads Sanders by 271 delegates", "", "according to"},
		{"MenurutData", "id", "Jumlah korban meninggal mencapai 268 orang, menurut data terbaru pemerintah daerah.", "Jumlah korban meninggal mencapai 268 orang", "", "menurut"},
		{"StateAbbreviationKeepsSentence", "en", "Sen. Jon Tester, D-Mont., said the farm bill would pass this year.", "the farm bill would pass this year", "Jon Tester", "said"},
		{"RoleThenAppositiveName", "en", "Rina's lawyer, Hendra Wijaya, said his client would appeal the ruling.", "his client would appeal the ruling", "Hendra Wijaya", "said"},
		{"RoleThenAppositiveNameIndonesian", "id", "Kuasa hukum Rina, Hendra Wijaya, menyatakan pihaknya akan mengajukan banding.", "pihaknya akan mengajukan banding", "Hendra Wijaya", "menyatakan"},
		{"DatelineAndBracket", "en", "JAKARTA, March 14 (Reuters) - A court on Thursday jailed a former minister for a scheme that cost 1.2 trillion rupiah ($77 million), the presiding judge said.\n\n\"He abused his office,\" presiding judge Rudi Hartono told the court.", "A court on Thursday jailed a former minister for a scheme that cost 1.2 trillion rupiah ($77 million)", "Rudi Hartono", "said"},
		{"DatelineIndonesian", "id", "Jakarta (ANTARA) - Pemerintah akan menaikkan harga pupuk bersubsidi tahun depan, kata Menteri Pertanian Rina Wati.", "Pemerintah akan menaikkan harga pupuk bersubsidi tahun depan", "Rina Wati", "kata"},
		{"SaidNounSubject", "en", "Maria Kowalczyk, president of the dockers' union, said members voted 87 percent in favour of the strike.", "members voted 87 percent in favour of the strike", "Maria Kowalczyk", "said"},
		{"EndAttributionTimeAdjunct", "en", "About 2,400 dock workers have been on strike since Monday, port officials said on Thursday.", "About 2,400 dock workers have been on strike since Monday", "", "said"},
		{"EndAttributionTimeAdjunctIndonesian", "id", "Sekitar 2.400 buruh pelabuhan mogok kerja sejak Senin, kata polisi pada Kamis.", "Sekitar 2.400 buruh pelabuhan mogok kerja sejak Senin", "", "kata"},
		{"DeniedClauseNoThat", "en", "Suryadi denied he had taken any money from the distributors.", "he had taken any money from the distributors", "Suryadi", "denied"},
		{"MembantahClause", "id", "Bambang Suryadi membantah dia menerima uang dari perusahaan itu.", "dia menerima uang dari perusahaan itu", "Bambang Suryadi", "membantah"},
		{"AddingAfterQuotation", "en", "Hendra Wijaya spoke outside the court. \"He never took a bribe,\" Hendra said, adding that the team would file an appeal next week.", "the team would file an appeal next week", "Hendra Wijaya", "adding"},
		{"SerayaMenambahkanAfterQuotation", "id", "Hendra Wijaya berbicara di luar ruang sidang. \"Klien kami tidak bersalah,\" kata Hendra, seraya menambahkan bahwa timnya akan mengajukan banding pekan depan.", "timnya akan mengajukan banding pekan depan", "Hendra Wijaya", "menambahkan"},
		{"TwoWordClauseIndonesian", "id", "Sementara itu, pengacara terdakwa Hendra Wijaya mengatakan kliennya kecewa.", "kliennya kecewa", "Hendra Wijaya", "mengatakan"},
		{"TwoWordClause", "en", "Daniel Reyes said prices rose.", "prices rose", "Daniel Reyes", "said"},
		{"TimeBeforeThat", "en", "Mayor Lena Brandt announced last week that the buses would run on Sunday.", "the buses would run on Sunday", "Lena Brandt", "announced"},
		{"ToldReportersThat", "en", "Mayor Lena Brandt told reporters that the buses would run on Sunday.", "the buses would run on Sunday", "Lena Brandt", "told"},
		{"SaidInAStatementThat", "en", "Mayor Lena Brandt said in a statement that the buses would run on Sunday.", "the buses would run on Sunday", "Lena Brandt", "said"},
		{"ToldPossessedListener", "en", "Prosecutor Anna Lowell told Mr. Antar's lawyers that any fees he paid may be seized.", "any fees he paid may be seized", "Anna Lowell", "told"},
		{"KataAfter", "id", "Uang hasil sitaan itu akan digunakan untuk sekolah, kata Prabowo.", "Uang hasil sitaan itu akan digunakan untuk sekolah", "Prabowo", "kata"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(newDoc(t, "s1", tt.text, tt.lang))
			var got *dataset.Quote
			for i, q := range res.Quotes {
				if q.Kind == dataset.KindIndirect {
					got = &res.Quotes[i]
				}
			}
			if got == nil {
				t.Fatalf("no indirect quote in %+v", res.Quotes)
			}
			if g, w := got.Text, tt.content; g != w {
				t.Errorf("text = %q, want %q", g, w)
			}
			if g, w := str(got.Speaker), tt.speaker; g != w {
				t.Errorf("speaker = %q, want %q", g, w)
			}
			if g, w := str(got.Cue), tt.cue; g != w {
				t.Errorf("cue = %q, want %q", g, w)
			}
		})
	}
}

func TestExtractNoIndirect(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"en", "Rama said on Tuesday."},
		{"en", "The minister spoke in Tirana about the attack."},
		{"en", "He denied wrongdoing throughout the trial."},
		{"en", "Daniel Reyes said yesterday evening."},
		{"en", "In the text accompanying the video post, Daniel Reyes wrote:"},
		{"id", "Hendra Wijaya mengatakan kemarin sore."},
		{"id", "Bambang Suryadi membantah tuduhan korupsi itu di pengadilan."},
		// The object of accuses is whom the suit is about, not an
		// inverted speaker of the words before the comma.
		{"en", "The suit, filed in federal court in Harrisburg, accuses St. Brendan's Health System of failing to encrypt patient data."},
		{"en", "A witness, who did not want to be named, told the Yorkshire Evening Post."},
		// The words follow the colon; the phrase before the subject
		// says where they were written.
		{"en", "In a statement, the Sierra Club said: \"This is a disaster for the climate.\""},
	} {
		text := tt.text
		for _, q := range Extract(newDoc(t, "s1", text, tt.lang)).Quotes {
			if q.Kind == dataset.KindIndirect {
				t.Errorf("%q: unexpected %s quote %q", text, q.Kind, q.Text)
			}
		}
	}
}

func TestMentions(t *testing.T) {
	text := `Prime Minister Edi Rama spoke. "We stand firm," Rama said. "We had no part in it," the MEK said.`
	doc := newDoc(t, "s1", text, "en")
	res := Extract(doc)
	var got []string
	for _, m := range res.Mentions {
		if s := doc.Span(m.Start, m.End); s != m.Text {
			t.Errorf("mention %q does not slice the text (%q)", m.Text, s)
		}
		got = append(got, m.Text+"/"+m.Type)
	}
	if g, w := strings.Join(got, ", "), "Prime Minister Edi Rama/person, Rama/person, MEK/organization"; g != w {
		t.Errorf("mentions = %s, want %s", g, w)
	}
}

// golden is the JSON form of a quote in the golden files.
type golden struct {
	Kind        string `json:"kind"`
	Text        string `json:"text"`
	Speaker     string `json:"speaker,omitempty"`
	SpeakerText string `json:"speaker_text,omitempty"`
	Cue         string `json:"cue,omitempty"`
}

// readFixture reads testdata/quotes/<name>.txt: a "lang: xx" line, a
// blank line, then the article.
func readFixture(t *testing.T, path string) (lang, text string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(string(b), "\n\n")
	if !ok || !strings.HasPrefix(head, "lang: ") {
		t.Fatalf("%s: want a \"lang: xx\" line and a blank line first", path)
	}
	return strings.TrimPrefix(head, "lang: "), body
}

func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/quotes/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			lang, text := readFixture(t, path)
			doc := newDoc(t, name, text, lang)
			res := Extract(doc)
			checkInvariants(t, doc, res)
			var rows []golden
			for _, q := range res.Quotes {
				rows = append(rows, golden{q.Kind, q.Text, str(q.Speaker), str(q.SpeakerText), str(q.Cue)})
			}
			got, err := json.MarshalIndent(rows, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gold := strings.TrimSuffix(path, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(gold, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gold)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from the extraction:\n%s", gold, got)
			}
		})
	}
}

// checkInvariants: every span slices its text, every id is unique and
// derived from the span, no quote runs over a paragraph that does not
// continue it, and the output does not depend on anything but the text.
func checkInvariants(t *testing.T, doc *dataset.Doc, res Result) {
	t.Helper()
	ids := map[string]bool{}
	paras := paragraphs(doc.Runes())
	for _, q := range res.Quotes {
		if got := doc.Span(q.Start, q.End); got != q.Text || q.Text == "" {
			t.Errorf("quote %q does not slice the text (%q)", q.Text, got)
		}
		if ids[q.QuoteID] {
			t.Errorf("duplicate quote_id %s", q.QuoteID)
		}
		ids[q.QuoteID] = true
		if want := dataset.ID(q.SourceID, "quote", dataset.SpanKey(q.Start, q.End), q.Kind); q.QuoteID != want {
			t.Errorf("quote_id %s, want %s", q.QuoteID, want)
		}
		if got, want := q.SentenceID, doc.SentenceAt(q.Start); got != want {
			t.Errorf("sentence_id %d, want %d", got, want)
		}
		// A quote longer than one paragraph must be a continued quotation:
		// each later paragraph it covers opens with a quotation mark.
		for _, p := range paras {
			if int64(p.start) > q.Start && int64(p.start) < q.End {
				if r, _ := utf8.DecodeRuneInString(string(doc.Runes()[p.start:])); !isQuoteMark(r) {
					t.Errorf("quote %q runs into a paragraph that does not continue it", q.Text)
				}
			}
		}
	}
	again := Extract(doc)
	a, _ := json.Marshal(res)
	b, _ := json.Marshal(again)
	if string(a) != string(b) {
		t.Error("two extractions of one document differ")
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{`"A," he said.`, "„x“ «y» ‘z’ ''w''", "\"open\n\n\"more\n\nend"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := newDoc(t, "f", text, "en")
		res := Extract(doc)
		for _, q := range res.Quotes {
			if doc.Span(q.Start, q.End) != q.Text || q.Start >= q.End {
				t.Fatalf("bad span %d:%d %q", q.Start, q.End, q.Text)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob("testdata/quotes/*.txt")
	var docs []*dataset.Doc
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		head, body, _ := strings.Cut(string(data), "\n\n")
		docs = append(docs, newDoc(b, p, body, strings.TrimPrefix(head, "lang: ")))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(docs[i%len(docs)])
	}
}
