package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * People and organisations met so far in one story, in order of last mention. It turns speaker phrases into
 * speakers: "he" becomes the last-mentioned compatible person, "Okoro" the Daniel Okoro introduced earlier,
 * "the spokesperson" the last person introduced with that role, "the ministry" the fullest matching group name.
 */
final class SpeakerRegistry {

    private enum Kind { PRONOUN, PERSON, ROLE, GROUP, OTHER }

    /** A speaker phrase split into its parts: [determiner] role-words name-words [of|for …]. */
    private record Parts(Kind kind, List<String> name, String role, String roleHead, Character gender) {
    }

    /**
     * What an apposition adds: a person's name ("the spokesperson, Marco Fiel," / "the lead author, Professor
     * Hanne Berg,"), a role ("Miller, the State Department spokesperson,") or an organisation's proper name
     * ("the developer, Nordvind Energy,").
     */
    private record Apposition(List<String> name, String role, List<String> properName) {
    }

    private static final class Person {
        String name;
        String role;
        Character gender;
        long seen;

        Person(String name) {
            this.name = name;
        }
    }

    private static final class Group {
        final String name;
        final List<String> key;
        final boolean organisation;
        /** The noun the story used for it ("энергокомпания"), when it was named in quotation marks. */
        String kind;
        long seen;

        Group(String name, List<String> key, boolean organisation) {
            this.name = name;
            this.key = key;
            this.organisation = organisation;
        }
    }

    private final List<Person> people = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private long clock;
    private long paragraphStart;
    /** The person running text last introduced or mentioned, until an attribution names someone. */
    private Person lastMentioned;

    /** Marks the start of a paragraph: some references reach no further back than their own paragraph. */
    void startParagraph() {
        paragraphStart = clock;
    }

    /** Who a phrase used as an attribution refers to; registers new people and groups as it goes. */
    Attribution resolve(SpeakerPhrase phrase) {
        lastMentioned = null;
        Parts parts = parse(phrase.words());
        Apposition apposition = apposition(phrase.apposition());
        return switch (parts.kind()) {
            case PRONOUN -> pronoun(Lexicon.norm(phrase.words().get(0)));
            case PERSON -> speaker(person(parts.name(), roleOf(parts, apposition), parts.gender()));
            case ROLE -> apposition.name() != null
                    ? speaker(person(apposition.name(), parts.role(), parts.gender()))
                    : byRole(parts).map(SpeakerRegistry::speaker)
                            .or(() -> organisationSpeaking(phrase.words(), parts))
                            .orElseGet(() -> speaker(unnamedPerson(phrase.words(), parts)));
            case GROUP -> new Attribution(groupOrItsName(phrase.words(), parts, apposition).name, null);
            case OTHER -> new Attribution(display(phrase.words()), null);
        };
    }

    /**
     * Records a phrase met in running text (not as an attribution). Only phrases with evidence of being a
     * person ("Mayor Elena Vasquez", "Ines Okafor, director of …") or an organisation ("the Harbour Authority")
     * are registered, so that place names such as "Port Arlen" don't become people; known people are marked as
     * the most recently mentioned.
     */
    void noteMention(SpeakerPhrase phrase) {
        noteOwner(phrase.words());
        Parts parts = parse(phrase.words());
        Apposition apposition = apposition(phrase.apposition());
        switch (parts.kind()) {
            case PERSON -> {
                String role = roleOf(parts, apposition);
                Person known = findPerson(parts.name());
                if (known != null) {
                    update(known, role, parts.gender());
                    lastMentioned = known;
                } else if (role != null || parts.gender() != null) {
                    lastMentioned = person(parts.name(), role, parts.gender());
                }
            }
            case ROLE -> {
                if (apposition.name() != null) {
                    lastMentioned = person(apposition.name(), parts.role(), parts.gender());
                }
            }
            case GROUP -> {
                boolean indefinite = Lexicon.INDEFINITE.contains(Lexicon.norm(phrase.words().get(0)));
                if (isOrganisation(parts) && (!indefinite || apposition.properName() != null)) {
                    groupOrItsName(phrase.words(), parts, apposition);
                }
            }
            default -> {
                // pronouns and other phrases carry no new information about who is who
            }
        }
    }

    /**
     * The person running text has introduced since the last attribution ("Council member Ayla Demir was not
     * convinced."), who is the likely speaker of a quotation that follows without attribution; null when none.
     */
    Attribution lastMentioned() {
        return lastMentioned == null ? null : speaker(lastMentioned);
    }

    /**
     * "Governor Ruth Adeyemi's office" also mentions Governor Ruth Adeyemi: the words up to the last
     * possessive are noted as a phrase of their own, so a later "Adeyemi" or "she" can find her.
     */
    private void noteOwner(List<String> words) {
        for (int i = words.size() - 2; i >= 0; i--) {
            String w = words.get(i);
            if (Lexicon.isPossessive(w) && Lexicon.isCapitalised(w)) {
                List<String> owner = new ArrayList<>(words.subList(0, i + 1));
                String last = owner.get(i);
                owner.set(i, last.substring(0, last.length() - (last.endsWith("s'") || last.endsWith("s’") ? 1 : 2)));
                noteMention(new SpeakerPhrase(owner, List.of(), 0, 0));
                return;
            }
        }
    }

    // ---------------------------------------------------------------- parsing phrases

    private static Parts parse(List<String> words) {
        if (words.size() == 1 && Lexicon.isPronoun(words.get(0))) {
            return new Parts(Kind.PRONOUN, List.of(), null, null, null);
        }
        // "the mayor of Drossel": the head is before the connector, the rest only qualifies the role.
        int connector = 1;
        while (connector < words.size() && !Lexicon.isConnector(words.get(connector))) {
            connector++;
        }
        List<String> head = words.subList(0, connector);
        List<String> qualifier = words.subList(connector, words.size());

        int first = Lexicon.isDeterminer(head.get(0)) ? 1 : 0;
        int nameStart = head.size();
        while (nameStart > first && Lexicon.isNameWord(head.get(nameStart - 1))) {
            nameStart--;
        }
        List<String> name = head.subList(nameStart, head.size());
        int roleEnd = nameStart;
        Character gender = null;
        if (!name.isEmpty() && roleEnd > first && Lexicon.isHonorific(head.get(roleEnd - 1))) {
            gender = honorificGender(head.get(roleEnd - 1));
            roleEnd--;
        }
        List<String> roleWords = head.subList(first, roleEnd);
        String roleHead = roleWords.isEmpty() ? null : Lexicon.stem(roleWords.get(roleWords.size() - 1));
        if (!roleWords.isEmpty() && RussianNames.isCyrillic(roleWords.get(0))) {
            // Russian heads come first: "министр транспорта", "главный редактор издания".
            roleHead = roleWords.stream().map(Lexicon::stem).filter(w -> Lexicon.ROLE_NOUNS.contains(w)
                    || Lexicon.ORG_HEADS.contains(w) || Lexicon.GROUP_NOUNS.contains(w)).findFirst().orElse(roleHead);
        }
        if (gender == null && !name.isEmpty()) {
            gender = RussianNames.gender(name);
        }
        if (gender == null && roleHead != null) {
            gender = Lexicon.MALE_ROLES.contains(roleHead) ? Character.valueOf('m')
                    : Lexicon.FEMALE_ROLES.contains(roleHead) ? Character.valueOf('f') : null;
        }
        String role = roleWords.isEmpty() ? null : String.join(" ", roleWords)
                + (name.isEmpty() && !qualifier.isEmpty() ? " " + String.join(" ", qualifier) : "");

        Kind kind;
        if (!name.isEmpty()) {
            kind = Kind.PERSON;
        } else if (roleHead != null && Lexicon.ROLE_NOUNS.contains(roleHead)) {
            kind = Kind.ROLE;
        } else if (roleHead != null && (Lexicon.ORG_HEADS.contains(roleHead) || Lexicon.GROUP_NOUNS.contains(roleHead))) {
            kind = Kind.GROUP;
        } else {
            kind = Kind.OTHER;
        }
        return new Parts(kind, name, role, roleHead, gender);
    }

    private static Apposition apposition(List<String> words) {
        if (words.isEmpty()) {
            return new Apposition(null, null, null);
        }
        // "Marco Fiel", "Professor Hanne Berg", "deputy Ivo Marsh": a short phrase that parses as a person.
        boolean nameLike = words.size() <= 6 && words.stream().skip(Lexicon.isDeterminer(words.get(0)) ? 1 : 0)
                .allMatch(Lexicon::isPhraseWord);
        if (nameLike) {
            Parts parts = parse(words);
            if (parts.kind() == Kind.PERSON && parts.name().size() <= 4) {
                return new Apposition(parts.name(), roleOf(parts, new Apposition(null, null, null)), null);
            }
        }
        boolean allCapitalised = words.size() <= 5
                && words.stream().allMatch(w -> Lexicon.isCapitalised(w) && Lexicon.isPhraseWord(w));
        if (allCapitalised) {
            return new Apposition(null, null, words);   // an organisation's proper name
        }
        List<String> rest = Lexicon.isDeterminer(words.get(0)) ? words.subList(1, words.size()) : words;
        boolean relativeClause = Lexicon.norm(words.get(0)).matches("who|which|whose|where|when|whom");
        if (!relativeClause && !rest.isEmpty() && rest.stream().anyMatch(Lexicon::isRoleNoun)) {
            return new Apposition(null, String.join(" ", rest), null);
        }
        return new Apposition(null, null, null);
    }

    /** The role a phrase gives a person, if it contains a real role noun ("Board chairman", not "Lower"). */
    private static String roleOf(Parts parts, Apposition apposition) {
        if (parts.role() != null && parts.roleHead() != null && Lexicon.ROLE_NOUNS.contains(parts.roleHead())) {
            return parts.role();
        }
        return apposition.role();
    }

    private static Character honorificGender(String honorific) {
        String h = honorific.toLowerCase(Locale.ROOT);
        if (Lexicon.MALE_HONORIFICS.contains(h)) {
            return 'm';
        }
        return Lexicon.FEMALE_HONORIFICS.contains(h) ? Character.valueOf('f') : null;
    }

    private static boolean isOrganisation(Parts parts) {
        return parts.roleHead() != null && Lexicon.ORG_HEADS.contains(parts.roleHead());
    }

    // ---------------------------------------------------------------- people

    private Attribution pronoun(String pronoun) {
        if (Lexicon.PLURAL_PRONOUNS.contains(pronoun) || Lexicon.NEUTER_PRONOUNS.contains(pronoun)) {
            boolean organisationOnly = Lexicon.NEUTER_PRONOUNS.contains(pronoun);
            return groups.stream()
                    .filter(g -> !organisationOnly || g.organisation)
                    .max(Comparator.comparingLong(g -> g.seen))
                    .map(g -> {
                        touch(g);
                        return new Attribution(g.name, null);
                    })
                    .orElse(null);
        }
        char gender = Lexicon.FEMALE_PRONOUNS.contains(pronoun) ? 'f' : 'm';
        // The most recently mentioned person whose gender does not contradict the pronoun; the pronoun then
        // fixes that person's gender, so a later "she" skips a man mentioned in between.
        return people.stream()
                .filter(p -> p.gender == null || p.gender == gender)
                .max(Comparator.comparingLong(p -> p.seen))
                .map(p -> {
                    p.gender = gender;
                    touch(p);
                    return speaker(p);
                })
                .orElse(null);
    }

    private Person person(List<String> name, String role, Character gender) {
        Person p = findPerson(name);
        if (p == null) {
            p = new Person(String.join(" ", name));
            people.add(p);
        }
        update(p, role, gender);
        return p;
    }

    private void update(Person p, String role, Character gender) {
        if (p.role == null && role != null) {
            p.role = role;
        }
        if (p.gender == null && gender != null) {
            p.gender = gender;
        }
        touch(p);
    }

    /** Full-name match first; a lone surname (or first name) matches the last person who has it. */
    private Person findPerson(List<String> name) {
        String full = String.join(" ", name);
        Person best = mostRecent(p -> p.name.equalsIgnoreCase(full));
        if (best == null && name.size() == 1) {
            best = mostRecent(p -> {
                String[] parts = p.name.split(" ");
                return parts.length > 1 && (sameWord(parts[parts.length - 1], full) || parts[0].equalsIgnoreCase(full));
            });
        }
        if (best == null && name.size() > 1) {
            // "Petrova said" first, "Anna Petrova" later: the same person, now with a full name.
            String surname = name.get(name.size() - 1);
            best = mostRecent(p -> p.name.equalsIgnoreCase(surname));
            if (best != null) {
                best.name = full;
            }
        }
        return best;
    }

    /** Equal words, or for Russian the same surname in another case or gender ("Гладкова", "Гладковой"). */
    private static boolean sameWord(String known, String seen) {
        if (known.equalsIgnoreCase(seen)) {
            return true;
        }
        if (!RussianNames.isCyrillic(known) || !RussianNames.isCyrillic(seen)) {
            return false;
        }
        String a = known.toLowerCase(Locale.ROOT);
        String b = seen.toLowerCase(Locale.ROOT);
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && a.length() - common <= 3 && b.length() - common <= 3;
    }

    /** "the spokeswoman" → the last person whose role has that head noun (spokesman/-woman/-person count as one). */
    private Optional<Person> byRole(Parts parts) {
        String wanted = canonicalRole(parts.roleHead());
        Person p = mostRecent(candidate -> candidate.role != null
                && Arrays.stream(candidate.role.split(" ")).anyMatch(w -> canonicalRole(Lexicon.stem(w)).equals(wanted)));
        if (p != null) {
            touch(p);
        }
        return Optional.ofNullable(p);
    }

    /**
     * "The Metalworkers' Federation said … "…," the spokesperson said": a bare "the spokesperson" nobody has named
     * speaks for the organisation last mentioned in the same paragraph, and the quote is the organisation's.
     */
    private Optional<Attribution> organisationSpeaking(List<String> words, Parts parts) {
        if (RussianNames.isCyrillic(words.get(0))) {
            return russianOrganisationSpeaking(words, parts);
        }
        boolean bare = words.size() == 2 && Lexicon.norm(words.get(0)).equals("the");
        if (!bare || !canonicalRole(parts.roleHead()).equals("spokesperson")) {
            return Optional.empty();
        }
        return groups.stream().filter(g -> g.organisation && g.seen > paragraphStart)
                .max(Comparator.comparingLong(g -> g.seen))
                .map(g -> {
                    touch(g);
                    return new Attribution(g.name, null);
                });
    }

    /**
     * "Представитель компании сообщил" after "энергокомпании «Прибрежные сети»": an unnamed representative of
     * "the company" speaks for the organisation of that kind the story last named, keeping the role.
     */
    private Optional<Attribution> russianOrganisationSpeaking(List<String> words, Parts parts) {
        List<String> kinds = words.stream().skip(1).map(Lexicon::stem).filter(Lexicon.ORG_HEADS::contains).toList();
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        String kind = kinds.get(0);
        String role = Lexicon.stem(words.get(0));
        return groups.stream().filter(g -> g.organisation && g.kind != null && g.kind.endsWith(kind))
                .max(Comparator.comparingLong(g -> g.seen))
                .map(g -> {
                    touch(g);
                    return new Attribution(g.name, role);
                });
    }

    /**
     * An organisation named in quotation marks after the noun for its kind ("энергокомпании «Прибрежные сети»",
     * "the carrier "Nordic Wings""), so that "the company" and its representative can be found later.
     */
    void noteOrganisation(String name, String kindNoun) {
        Group g = groups.stream().filter(x -> x.name.equals(name)).findFirst().orElseGet(() -> {
            Group created = new Group(name, List.of(name.toLowerCase(Locale.ROOT)), true);
            groups.add(created);
            return created;
        });
        g.kind = Lexicon.stem(kindNoun);
        touch(g);
    }

    /** A speaker known only by description ("a police spokesman"); registered so pronouns can find them. */
    private Person unnamedPerson(List<String> words, Parts parts) {
        Person p = new Person(display(words));
        p.role = parts.role();
        p.gender = parts.gender();
        people.add(p);
        touch(p);
        return p;
    }

    private static String canonicalRole(String noun) {
        if (noun.startsWith("spokes")) {
            return "spokesperson";
        }
        if (noun.startsWith("chair")) {
            return "chair";
        }
        return noun.equals("councilor") ? "councillor" : noun;
    }

    private Person mostRecent(Predicate<Person> test) {
        return people.stream().filter(test).max(Comparator.comparingLong(p -> p.seen)).orElse(null);
    }

    private static Attribution speaker(Person p) {
        return new Attribution(p.name, p.role);
    }

    // ---------------------------------------------------------------- groups

    /**
     * The group a phrase names. "the ministry" and "the Foreign Ministry" both resolve to an earlier
     * "Russia's Foreign Ministry": a registered name matches when it ends with the phrase's words.
     */
    private Group group(List<String> words, Parts parts) {
        List<String> key = groupKey(words);
        Group best = groups.stream()
                .filter(g -> endsWith(g.key, key))
                .max(Comparator.comparingLong(g -> g.seen))
                .orElse(null);
        if (best == null) {
            best = new Group(display(words), key, isOrganisation(parts));
            groups.add(best);
        }
        touch(best);
        return best;
    }

    /** "The developer, Nordvind Energy," is known by the proper name in its apposition. */
    private Group groupOrItsName(List<String> words, Parts parts, Apposition apposition) {
        if (apposition.properName() != null && isOrganisation(parts)) {
            return group(apposition.properName(), new Parts(Kind.GROUP, List.of(), null,
                    parts.roleHead(), null));
        }
        return group(words, parts);
    }

    private static List<String> groupKey(List<String> words) {
        List<String> rest = Lexicon.isDeterminer(words.get(0)) ? words.subList(1, words.size()) : words;
        return rest.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean endsWith(List<String> whole, List<String> suffix) {
        if (suffix.isEmpty() || suffix.size() > whole.size()) {
            return false;
        }
        return whole.subList(whole.size() - suffix.size(), whole.size()).equals(suffix);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The phrase as it should be shown: a sentence-initial capital on a common word is lowered
     * ("The ministry" → "the ministry", "Officials" → "officials"), but not on a title before a name
     * ("Governor Ruth Adeyemi's office").
     */
    private static String display(List<String> words) {
        String first = words.get(0);
        String s = Lexicon.stem(first);
        boolean commonWord = Lexicon.isDeterminer(first) || Lexicon.GROUP_NOUNS.contains(s)
                || ((Lexicon.ROLE_NOUNS.contains(s) || Lexicon.MODIFIERS.contains(s))
                        && words.stream().skip(1).noneMatch(Lexicon::isCapitalised));
        if (commonWord && Lexicon.isCapitalised(first) && !Lexicon.isPossessive(first)) {
            first = Character.toLowerCase(first.charAt(0)) + first.substring(1);
        }
        List<String> shown = new ArrayList<>(words);
        shown.set(0, first);
        return String.join(" ", shown);
    }

    private void touch(Person p) {
        p.seen = ++clock;
    }

    private void touch(Group g) {
        g.seen = ++clock;
    }
}
