package io.newsdesk.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists the rules rely on. All entries are lower case; look words up through the helper methods, which
 * also normalise case and strip an abbreviation dot.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that introduce or follow a quoted statement. */
    static final Set<String> SPEECH_VERBS = union(words("""
            said says say told tells added adds concluded concludes warned warns insisted insists stressed stresses
            noted notes explained explains asked asks replied replies wrote writes argued argues declared declares
            announced announces stated continued continues recalled recalls admitted admits acknowledged claimed claims
            commented remarked responded retorted countered observed cautioned conceded confirmed predicted suggested
            complained joked shouted tweeted posted agreed disagreed objected emphasised emphasized underlined repeated
            recounted whispered urged vowed promised pledged demanded reiterated maintained chanted reminded quipped
            lamented grumbled sighed mused boasted protested scoffed snapped assured reassured conceded wondered
            sniped joked mocked pleaded cautioned predicted summed
            """), russianPast("""
            заявил сказал добавил отметил подчеркнул сообщил пояснил рассказал признал напомнил возразил ответил
            заметил уточнил констатировал заверил пообещал предупредил подытожил заключил объяснил призвал спросил
            посетовал резюмировал указал настаивал сетовал предположил допустил
            """), words("""
            пожаловался пожаловалась пожаловались признался призналась признались убеждён убеждена убеждены
            уверен уверена уверены считает считают говорит говорят полагает полагают подчёркивает отмечает заявляет
            """));

    /** Participles that continue an attribution ("..., adding: ..."); their subject is the previous speaker. */
    static final Set<String> SPEECH_PARTICIPLES = words("""
            adding saying telling asking insisting warning noting arguing stressing explaining declaring replying
            writing calling describing добавив отметив подчеркнув заявив напомнив пояснив
            """);

    /** Verbs that put words in a subject's mouth without being speech verbs ("called the measures "provocative""). */
    static final Set<String> CHARACTERISING_VERBS = union(words("""
            called calls call described describes dismissed dismissing denounced denouncing termed labelled labeled
            branded accused accuses accusing criticised criticized condemned praised hailed welcomed defended defending
            rejected rejecting slammed blasted questioned mocked characterised characterized likened deemed described
            thanked thanking blamed blaming credited apologised apologized dubbed cited expressed voiced
            """), russianPast("""
            назвал охарактеризовал оценил раскритиковал осудил высказал
            """));

    /** Head nouns of a person's role ("State Department spokesperson", "Mayor", "chief inspector"). */
    static final Set<String> ROLE_NOUNS = words("""
            spokesperson spokesman spokeswoman minister mayor president chairman chairwoman chairperson chair director
            chief head secretary governor senator deputy lawmaker legislator councillor councilor commissioner
            ambassador envoy negotiator inspector prosecutor judge lawyer attorney official officer manager leader
            executive ceo founder owner editor correspondent journalist reporter analyst economist professor researcher
            scientist doctor nurse teacher principal resident fisherman farmer worker activist campaigner organiser
            organizer coordinator adviser advisor aide commander captain colonel sergeant premier chancellor king queen
            prince mp representative delegate diplomat administrator superintendent sheriff coach member trustee
            treasurer auditor engineer pilot witness survivor student landlord tenant priest bishop imam rabbi
            businessman businesswoman congressman congresswoman policeman policewoman councilman councilwoman
            director-general secretary-general spokespeople author writer novelist poet artist singer actor actress
            composer creator historian biologist physicist chemist geologist specialist consultant surgeon paramedic
            firefighter soldier guard driver shopkeeper baker citizen voter mother father son daughter wife husband
            neighbour neighbor colleague lecturer expert coach referee captain lieutenant major admiral reverend general
            министр вице-премьер премьер премьер-министр губернатор вице-губернатор мэр вице-мэр глава председатель
            зампред директор гендиректор представитель пресс-секретарь депутат сенатор президент руководитель
            начальник заместитель эксперт экономист аналитик тренер капитан режиссёр режиссер жительница житель
            ветеран врач главврач учитель учительница прокурор судья адвокат спикер советник помощник командир генерал
            полковник инженер профессор ректор декан сотрудник сотрудница водитель пенсионер пенсионерка актёр актриса
            писатель журналист корреспондент учёный специалист омбудсмен уполномоченный секретарь посол дипломат
            чиновник редактор лидер фермер активист волонтёр спасатель следователь полицейский автор основатель
            владелец владелица участник участница очевидец пилот машинист мать отец
            """);

    /** Abbreviated titles, read as the role nouns they stand for ("Gen. Viktor Hale" is "the general"). */
    static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("gen", "general"), Map.entry("col", "colonel"), Map.entry("lt", "lieutenant"),
            Map.entry("maj", "major"), Map.entry("capt", "captain"), Map.entry("sgt", "sergeant"),
            Map.entry("adm", "admiral"), Map.entry("cmdr", "commander"), Map.entry("sen", "senator"),
            Map.entry("rep", "representative"), Map.entry("gov", "governor"), Map.entry("prof", "professor"),
            Map.entry("rev", "reverend"), Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"));

    static final Set<String> MALE_ROLES = words("""
            spokesman chairman businessman congressman policeman councilman fisherman king prince
            """);

    static final Set<String> FEMALE_ROLES = words("""
            spokeswoman chairwoman businesswoman congresswoman policewoman councilwoman queen
            """);

    /** Head nouns of organisations that can speak ("the ministry said", "Norval Chemicals said"). */
    static final Set<String> ORG_HEADS = words("""
            ministry department council authority office agency committee commission police service union party
            government kremlin pentagon parliament cabinet embassy consulate board court company corporation bank army
            navy command administration association federation institute university hospital school airline airlines
            airways group chemicals industries holdings plant firm inc ltd corp foundation organisation organization
            society club league network tribunal senate assembly congress secretariat presidency municipality
            prefecture inquiry coastguard operator regulator broadcaster newspaper agency developer manufacturer
            retailer insurer carrier producer supplier lender utility contractor distributor publisher team charity
            factory studio provider alliance coalition
            министерство правительство мэрия администрация компания завод департамент ведомство парламент дума суд
            прокуратура полиция служба управление комитет совет издание энергокомпания холдинг концерн банк фонд
            """);

    /**
     * Nouns before a quoted name that make the quotation a title or a name, not a statement ("the documentary
     * "The Salt Road"", "фильм «Тихий берег»", "энергокомпании «Прибрежные сети»"); organisation heads count too.
     */
    static final Set<String> TITLE_NOUNS = words("""
            film documentary movie book novel newspaper magazine song album play opera series show programme program
            ship vessel boat operation exhibition festival campaign project brand
            фильм картина книга роман газета журнал песня альбом спектакль сериал программа пароход теплоход судно
            корабль операция выставка фестиваль проект бренд
            """);

    /** A noun that names what the quotation after it is called ("фильм", "компании", "энергокомпании"). */
    static boolean isTitleNoun(String word) {
        return TITLE_NOUNS.contains(stem(word)) || isOrganisationNoun(word);
    }

    /** An organisation's head noun, including Russian compounds ("энергокомпании" ends in "компания"). */
    static boolean isOrganisationNoun(String word) {
        String s = stem(word);
        return ORG_HEADS.contains(s)
                || RussianNames.isCyrillic(word) && ORG_HEADS.stream().anyMatch(h -> RussianNames.isCyrillic(h) && s.endsWith(h));
    }

    /** Plural nouns for groups of people that are quoted collectively ("officials said"). */
    static final Set<String> GROUP_NOUNS = words("""
            officials residents critics protesters protestors analysts experts witnesses activists lawyers prosecutors
            investigators organisers organizers farmers fishermen workers teachers doctors nurses parents locals
            villagers diplomats negotiators authorities opponents supporters economists scientists researchers
            regulators families passengers commuters students owners groups campaigners lawmakers deputies ministers
            sources observers inspectors rescuers medics volunteers unions neighbours neighbors councillors people
            sides parties leaders governments countries companies men women
            жители власти чиновники эксперты спасатели депутаты активисты врачи пассажиры родители
            """);

    /** Lower-case words that may sit inside a role or organisation name ("the regional emergency service"). */
    static final Set<String> MODIFIERS = words("""
            regional local national federal state city county district municipal emergency fire police health
            education environmental foreign interior defence defense finance press public central chief deputy senior
            junior top lead acting interim former vice assistant executive general head union opposition government
            party army military border customs tax transport energy rail airport port harbour harbor school hospital
            trade labour labor justice security intelligence economy economic agriculture crew cabin news state-run
            parliamentary communications media legal medical civil rights campaign community village town prime
            presidential ministry department council
            """);

    /** Words that start a noun phrase; possessive pronouns count ("his lawyer, Jakob Brenner"). */
    static final Set<String> DETERMINERS = words("the a an one another his her their its");

    static final Set<String> INDEFINITE = words("a an one another");

    static final Set<String> PRONOUNS = words("he she they it он она они оно");

    static final Set<String> FEMALE_PRONOUNS = words("she она");

    static final Set<String> PLURAL_PRONOUNS = words("they они");

    static final Set<String> NEUTER_PRONOUNS = words("it оно");

    /** Prepositions allowed inside a name phrase ("the mayor of Drossel", "the spokesperson for the airline"). */
    static final Set<String> CONNECTORS = words("of for");

    static final Set<String> MALE_HONORIFICS = words("mr mr. sir");

    static final Set<String> FEMALE_HONORIFICS = words("mrs mrs. ms ms. miss dame");

    static final Set<String> HONORIFICS = words("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame");

    /** Words after which a period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("""
            mr mrs ms dr prof st gen col lt sgt capt maj adm cmdr rev supt insp sen rep gov jr sr mt no inc ltd co corp vs etc e.g i.e u.s u.k
            jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept univ a.m p.m
            """);

    /**
     * Capitalised words that are not names: sentence-initial function words, time words, numbers. Without this
     * list "On Monday Miller said" would give the speaker "On Monday Miller".
     */
    static final Set<String> NON_NAME_CAPITALS = words("""
            in on at by for from with without after before during despite since until under over into through amid
            among against about asked speaking meanwhile however but and or yet so then later earlier still also instead
            today yesterday tomorrow last next this that these those there here when while if as although though
            because whether what why how who where which we i you it our my your nobody everyone everybody somebody
            some many most all both each every more less few several no not none such other others only even just
            monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
            september october november december two three four five six seven eight nine ten eleven twelve twenty
            thirty forty fifty hundred thousand million dozens hundreds thousands millions according
            по в во на как мы я ты вы он она они оно это этот эта эти так но а и когда если после до с со за из для
            при все всё уже ещё еще также однако тем кроме между среди около через сегодня вчера завтра наш наша
            наши мне нам их его её ее там здесь сейчас теперь впрочем хотя поэтому тогда зато ведь лишь только даже
            каждый каждая каждое никто ничто все
            """);

    /** Grammatical words that never sit inside a speaker phrase, even between a determiner and a noun. */
    static final Set<String> FUNCTION_WORDS = words("""
            and or but nor that which who whom whose to in on at with from by as than not also into onto about over
            under after before during was is were are be been has have had will would can could should may might must
            do does did there here this these those
            """);

    /** Adverbs and auxiliaries that may sit between a speaker and the speech verb ("Miller later said"). */
    static final Set<String> ADVERBS = words("""
            later also then again previously earlier today yesterday tonight recently repeatedly has have had would
            will once simply flatly bluntly quickly reportedly calmly angrily separately publicly privately further
            finally only just already subsequently still firmly
            """);

    /** Time nouns that follow "on", "last" etc. in a phrase that can separate subject and verb ("on Tuesday"). */
    static final Set<String> TIME_WORDS = words("""
            monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year
            weekend
            """);

    static final Set<String> TIME_PREPOSITIONS = words("on last this late early");

    /** Russian nouns the rules know, for reading their case forms ("директора" is "директор"). */
    static final Set<String> NOUNS = union(ROLE_NOUNS, ORG_HEADS, GROUP_NOUNS, TITLE_NOUNS);

    /** Function words that end a Russian speaker phrase ("директор завода <b>и</b> его заместитель"). */
    static final Set<String> RUSSIAN_STOP_WORDS = words("""
            и или что в во на с со о об по за из к у от до не а но же ли как который которая которое которые чтобы
            это при для без над под между через после перед где когда также уже ещё еще
            """);

    private static Set<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** Russian past-tense verbs in all three forms: "заявил" gives заявил, заявила, заявили. */
    private static Set<String> russianPast(String list) {
        return Arrays.stream(list.trim().split("\\s+")).flatMap(v -> Arrays.stream(new String[] {v, v + "а", v + "и"}))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Lower-cased word without a trailing abbreviation dot. */
    static String norm(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * Lower-cased word with a possessive ending removed ("ministry's" becomes "ministry") and an abbreviated
     * title expanded ("Gen." becomes "general").
     */
    static String stem(String word) {
        String w = norm(word);
        if (RussianNames.isCyrillic(word)) {
            return RussianNames.base(w, NOUNS);
        }
        if (word.endsWith(".") && TITLE_ABBREVIATIONS.containsKey(w)) {
            return TITLE_ABBREVIATIONS.get(w);
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s'") || w.endsWith("s’")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static boolean isPossessive(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’");
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(norm(word));
    }

    /**
     * An English past tense outside the list ("harrumphed"), accepted right after a quote and its speaker's
     * name, where little else than a speech verb can stand.
     */
    static boolean looksLikePastTense(String word) {
        return word.length() >= 5 && word.endsWith("ed") && !isCapitalised(word) && !FUNCTION_WORDS.contains(word)
                && word.chars().allMatch(Character::isLetter);
    }

    /** A Russian past tense ("вздохнул", "посетовала"), accepted after the dash that follows a quote. */
    static boolean looksLikeRussianPast(String word) {
        return RussianNames.isCyrillic(word) && !isCapitalised(word) && norm(word).matches(".{3,}(л|ла|ли|лся|лась|лись)");
    }

    static boolean isParticiple(String word) {
        return SPEECH_PARTICIPLES.contains(norm(word));
    }

    static boolean isAttributingVerb(String word) {
        String w = norm(word);
        return SPEECH_VERBS.contains(w) || SPEECH_PARTICIPLES.contains(w) || CHARACTERISING_VERBS.contains(w);
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(norm(word));
    }

    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(norm(word));
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word);   // only the lower-case preposition, never "Of" starting a title
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(stem(word));
    }

    static boolean isOrgHead(String word) {
        return ORG_HEADS.contains(stem(word));
    }

    static boolean isGroupNoun(String word) {
        return GROUP_NOUNS.contains(stem(word));
    }

    /** Abbreviations and initials keep their dot when tokenised ("Mr.", "U.S.", "J."). */
    static boolean keepsItsDot(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || word.indexOf('.') > 0;
    }

    /**
     * Whether a word can be part of a phrase naming a speaker: a capitalised word that is not a known
     * non-name, a possessive ("Russia's"), or a role / organisation / group word ("spokesperson", "ministry").
     */
    static boolean isPhraseWord(String word) {
        String w = norm(word);
        if (DETERMINERS.contains(w) || PRONOUNS.contains(w) || CONNECTORS.contains(w) || word.isEmpty()) {
            return false;
        }
        if (Character.isDigit(word.charAt(0))) {
            return false;
        }
        if (isCapitalised(word)) {
            return !NON_NAME_CAPITALS.contains(w);
        }
        if (isPossessive(word)) {
            return true;
        }
        String s = stem(word);
        return ROLE_NOUNS.contains(s) || ORG_HEADS.contains(s) || GROUP_NOUNS.contains(s) || MODIFIERS.contains(s);
    }

    /** A noun that can close a speaker phrase: a role, an organisation or a group of people. */
    static boolean isHeadNoun(String word) {
        String w = stem(word);
        return ROLE_NOUNS.contains(w) || ORG_HEADS.contains(w) || GROUP_NOUNS.contains(w);
    }

    /**
     * A lower-case word that may describe a head noun after a determiner or possessive even though it is not
     * in any list ("the league's <b>disciplinary</b> committee", "the <b>newly elected</b> mayor").
     */
    static boolean isAdjectiveLike(String word) {
        String w = norm(word);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !FUNCTION_WORDS.contains(w) && !isAttributingVerb(w) && !DETERMINERS.contains(w)
                && !PRONOUNS.contains(w) && !CONNECTORS.contains(w);
    }

    /** Whether a word can be part of a person's name (capitalised, and not a role, organisation or title word). */
    static boolean isNameWord(String word) {
        if (!isCapitalised(word) || !isPhraseWord(word) || isPossessive(word) || isHonorific(word)) {
            return false;
        }
        String s = stem(word);
        return !ROLE_NOUNS.contains(s) && !ORG_HEADS.contains(s) && !GROUP_NOUNS.contains(s) && !MODIFIERS.contains(s);
    }
}
