package io.newsdesk.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word lists for synthetic stories: a shared stock of places, people and plain words, and per section
 * the nouns, tags and events its desk writes about, so sections read differently and search terms
 * have realistic frequencies (common words everywhere, section words in a part of the archive).
 */
final class Vocabulary {
    static final List<String> CITIES = List.of("Portmere", "Valdris", "Kessingford", "Ostrava Nova", "Lindholm",
            "Marrowgate", "Sarnhaven", "Tellborough", "Caldera Bay", "Dunmarch", "Eastwick Vale", "Feldspar",
            "Greywater", "Halvorsen", "Isbergen", "Juniper Falls", "Korvat", "Lowmoor", "Merrivale", "Northcliff",
            "Oakhurst", "Pellucid", "Quarry Hill", "Rasmoor", "Stavanger Point", "Thornbury", "Ulverholm", "Vessel Rock",
            "Westmarch", "Yarrowby", "Zennor Reach", "Brightwater", "Coldharbour", "Drummond", "Elsinore Quay");

    static final List<String> COUNTRIES = List.of("Carvenia", "Ostland", "Maravia", "Selune", "Tarsk", "Veldora",
            "Hollin", "Dravia", "Kestrel Isles", "Norvania", "Aurelia", "Brennmark", "Corsaine", "Estmere", "Fjallrike");

    static final List<String> FIRST_NAMES = List.of("Petra", "Jonas", "Amara", "Tomasz", "Ingrid", "Rafael",
            "Leila", "Mikkel", "Sofia", "Dmitri", "Hanna", "Kwame", "Elena", "Oskar", "Nadia", "Lucas", "Aiko",
            "Mateo", "Freya", "Yusuf", "Clara", "Anders", "Zofia", "Emeka", "Ruth", "Stefan", "Mira", "Henrik",
            "Ines", "Viktor", "Greta", "Omar", "Lena", "Bruno", "Talia", "Erik", "Noor", "Pavel", "Alma", "Jasper");

    static final List<String> LAST_NAMES = List.of("Lindqvist", "Marenko", "Okafor", "Halvorsen", "Castellan",
            "Novak", "Brandt", "Achterberg", "Silvestri", "Kowalczyk", "Moreau", "Asante", "Vidal", "Eriksen",
            "Petrov", "Haddad", "Takahashi", "Delacroix", "Mbeki", "Strand", "Varga", "Ferreira", "Nyberg", "Quist",
            "Rahimi", "Sorensen", "Toivonen", "Ulrich", "Wexford", "Zeller", "Abernathy", "Bellamy", "Corrigan",
            "Dunmore", "Ellison", "Fairbairn", "Galloway", "Hartigan", "Iverson", "Jellicoe");

    static final List<String> ROLES = List.of("spokesperson", "minister", "chief executive", "director",
            "chair", "economist", "professor", "senior analyst", "deputy leader", "commissioner", "mayor",
            "union leader", "head of research", "press secretary", "chief scientist", "coach", "curator");

    static final List<String> ORGANISATIONS = List.of("Coastal Affairs Ministry", "Finance Ministry",
            "Harbour Authority", "National Statistics Office", "Central Bank", "Transport Union", "Energy Regulator",
            "Health Agency", "Northern Institute", "Workers Federation", "Chamber of Commerce", "Climate Council",
            "Metropolitan Police", "Port Workers Guild", "University of Valdris", "Farmers Association",
            "Competition Authority", "Water Board", "Broadcasting Council", "Football Association",
            "National Gallery", "Audit Office", "Electoral Commission", "Rail Operator", "Space Agency");

    static final List<String> REPORTERS = List.of("Staff reporter", "Mara Lindqvist", "Tobias Renn",
            "Agnieszka Wolska", "Samuel Achebe", "Irene Castell", "Hugo Baptiste", "Nina Solberg", "Daniel Ferro",
            "Priya Raman", "Oliver Grant", "Katya Morozova", "Lucia Bianchi", "Felix Amsel", "Hana Kimura",
            "Desk editor", "Foreign desk", "Business desk", "Science correspondent", "Sports desk");

    static final List<String> ADJECTIVES = List.of("emergency", "long-awaited", "controversial", "record",
            "sweeping", "modest", "unexpected", "cross-party", "temporary", "provisional", "regional", "historic",
            "costly", "fragile", "ambitious", "delayed", "revised", "national", "rural", "coastal", "urban", "final",
            "early", "narrow", "broad", "quiet", "sharp", "steady", "rare", "fresh");

    static final List<String> VERBS_PAST = List.of("approved", "rejected", "delayed", "announced", "unveiled",
            "defended", "criticised", "backed", "scrapped", "extended", "doubled", "halved", "reviewed", "blocked",
            "signed", "opened", "closed", "cut", "raised", "launched", "questioned", "revived", "postponed");

    static final List<String> CONNECTIVES = List.of("after", "despite", "amid", "ahead of", "following",
            "in response to", "weeks before", "days after", "on the eve of", "in the wake of");

    static final List<String> TIMES = List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday",
            "on Friday", "at the weekend", "late on Sunday", "this week", "overnight", "early this morning",
            "last month", "earlier this year", "by the end of the year", "within weeks");

    static final List<String> COMMON_NOUNS = List.of("plan", "proposal", "report", "decision", "deal", "vote",
            "review", "inquiry", "agreement", "budget", "strategy", "deadline", "meeting", "talks", "figures",
            "warning", "programme", "scheme", "survey", "forecast", "measure", "project", "committee", "policy");

    static final List<String> PEOPLE_NOUNS = List.of("residents", "officials", "workers", "campaigners",
            "investors", "farmers", "commuters", "families", "teachers", "doctors", "students", "shopkeepers",
            "fishermen", "pensioners", "voters", "researchers", "fans", "drivers", "nurses", "engineers");

    static final List<String> REVIEW_OPENERS = List.of("A clear and fair account", "Well researched",
            "Too one-sided for my taste", "Finally someone explains this properly", "Useful background",
            "I expected more detail", "Balanced reporting", "A good read on a difficult subject",
            "Missing the other side of the story", "Thorough and calm", "Helpful for understanding the vote");

    static final List<String> REVIEW_BODIES = List.of(
            "The story sets out what happened and who said what without taking sides.",
            "I would have liked more figures on the cost and who will pay for it.",
            "Quotes from both sides made it easy to follow the argument.",
            "The background paragraphs helped me understand why this matters here.",
            "It reads as if it was written in a hurry; some points are repeated.",
            "Good to see the local angle covered, not just the capital.",
            "The headline promises more than the piece delivers.",
            "Clear timeline of the events and what comes next.",
            "I shared this with my colleagues because it explains the decision well.",
            "Please follow this up once the committee publishes its findings.");

    /** One desk's subject matter. */
    record Desk(List<String> nouns, List<String> tags, List<String> events) {
    }

    static final Map<String, Desk> DESKS = Map.of(
            "politics", new Desk(
                    List.of("coalition", "parliament", "opposition", "election", "referendum", "reform", "tax bill",
                            "pension law", "cabinet", "senate", "minority government", "constitution", "ballot",
                            "campaign", "manifesto", "amendment", "filibuster", "caucus"),
                    List.of("elections", "parliament", "budget", "coalition", "tax", "pensions", "reform",
                            "constitution", "polls", "government"),
                    List.of("an all-night session", "a confidence vote", "a leaked memo", "weeks of talks",
                            "a walkout by the opposition", "a court ruling", "a snap poll", "a cabinet reshuffle")),
            "world", new Desk(
                    List.of("ceasefire", "border", "embassy", "summit", "sanctions", "refugees", "peace talks",
                            "treaty", "aid convoy", "delegation", "trade pact", "envoy", "blockade", "alliance"),
                    List.of("diplomacy", "conflict", "migration", "trade", "sanctions", "aid", "borders",
                            "security", "united-nations", "treaties"),
                    List.of("a border incident", "a failed summit", "a storm along the coast", "a new round of talks",
                            "the expulsion of diplomats", "a humanitarian appeal", "a contested election abroad")),
            "business", new Desk(
                    List.of("merger", "interest rates", "inflation", "shares", "profits", "takeover", "bond market",
                            "exports", "factory", "supply chain", "retail sales", "shipping rates", "bank", "startup"),
                    List.of("markets", "inflation", "banking", "energy", "jobs", "retail", "shipping", "housing",
                            "technology", "earnings"),
                    List.of("a profit warning", "a surprise rate rise", "weak quarterly figures", "a strike at the port",
                            "a failed takeover bid", "record energy prices", "a slump in orders")),
            "science", new Desk(
                    List.of("vaccine", "telescope", "glacier", "genome", "satellite", "drought", "coral reef",
                            "battery", "clinical trial", "emissions", "fusion reactor", "wildfire", "species", "probe"),
                    List.of("climate", "health", "space", "research", "energy", "oceans", "biology", "technology",
                            "environment", "medicine"),
                    List.of("a peer-reviewed study", "a failed launch", "a record heatwave", "the discovery of a new species",
                            "a data breach at a laboratory", "years of field work", "a funding freeze")),
            "culture", new Desk(
                    List.of("festival", "exhibition", "novel", "orchestra", "film", "theatre", "museum", "album",
                            "award", "gallery", "premiere", "poetry prize", "opera", "archive"),
                    List.of("books", "film", "music", "art", "theatre", "festivals", "heritage", "awards", "museums",
                            "television"),
                    List.of("a sold-out opening night", "a funding dispute", "the death of its founder",
                            "a row over a prize", "the return of a stolen painting", "a record auction")),
            "sport", new Desk(
                    List.of("final", "derby", "league", "transfer", "stadium", "championship", "relay", "coach",
                            "qualifier", "grand prix", "marathon", "cup tie", "season", "squad"),
                    List.of("football", "athletics", "cycling", "tennis", "sailing", "rowing", "motorsport",
                            "transfers", "olympics", "rugby"),
                    List.of("a last-minute winner", "a doping ban", "a red card in the first half", "a world record",
                            "a penalty shoot-out", "an injury to the captain", "a stadium closure")));

    private Vocabulary() {
    }

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
