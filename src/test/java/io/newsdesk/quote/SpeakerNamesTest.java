package io.newsdesk.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

    @Test
    void shouldMatchNamesWhateverTheCaseAccentsAndApostrophes() {
        assertEquals(SpeakerNames.key("José Núñez", "Harbour Authority"), SpeakerNames.key("jose NUNEZ", "the harbour  authority"));
        assertEquals(SpeakerNames.key("Valdoria’s Foreign Ministry", null), SpeakerNames.key("Valdoria's foreign ministry", ""));
        assertNotEquals(SpeakerNames.key("José Núñez", "Harbour Authority"), SpeakerNames.key("José Núñez", null));
        assertEquals("lowland growers union", SpeakerNames.fold("The Lowland Growers’ Union"));
    }

    @Test
    void shouldDropTheArticleBeforeAProperNameOnly() {
        assertEquals("Northern Trawler Association", SpeakerNames.display("the Northern Trawler Association"));
        assertEquals("the ministry", SpeakerNames.display("the ministry"));
        assertEquals("Petra Lindqvist", SpeakerNames.display("  Petra \n Lindqvist "));
    }

    @Test
    void shouldSplitTheOrganisationOffARole() {
        assertEquals(new SpeakerNames.Role("spokesperson", "Coastal Affairs Ministry"),
                SpeakerNames.role("Coastal Affairs Ministry spokesperson"));
        assertEquals(new SpeakerNames.Role("spokesperson", "Coastal Affairs Ministry"),
                SpeakerNames.role("spokesperson for the Coastal Affairs Ministry"));
        assertEquals(new SpeakerNames.Role("chief inspector", "Harbour Police"),
                SpeakerNames.role("Harbour Police chief inspector"));
        assertEquals(new SpeakerNames.Role("spokesperson", "Lowland Growers’ Union"),
                SpeakerNames.role("spokesperson for the Lowland Growers’ Union"));
    }

    @Test
    void shouldKeepRolesThatNameNoOrganisation() {
        assertEquals(new SpeakerNames.Role("Finance Minister", null), SpeakerNames.role("Finance Minister"));
        assertEquals(new SpeakerNames.Role("Fire chief", null), SpeakerNames.role("Fire chief"));
        assertEquals(new SpeakerNames.Role("mayor of Drossel", null), SpeakerNames.role("mayor of Drossel"));
        assertEquals(new SpeakerNames.Role("head of manufacturing", null), SpeakerNames.role("head of manufacturing"));
        assertEquals(new SpeakerNames.Role(null, null), SpeakerNames.role(null));
    }

    @Test
    void shouldGiveAnUnnamedSpokespersonsWordsToTheirOrganisation() {
        assertEquals(new SpeakerNames.Who("Lowland Growers’ Union", null, null),
                SpeakerNames.of("the spokesperson for the Lowland Growers’ Union", "spokesperson for the Lowland Growers’ Union"));
        assertEquals(new SpeakerNames.Who("Petra Lindqvist", "spokesperson", "Coastal Affairs Ministry"),
                SpeakerNames.of("Petra Lindqvist", "Coastal Affairs Ministry spokesperson"));
        assertEquals(new SpeakerNames.Who("the spokesperson", "spokesperson", null),
                SpeakerNames.of("the spokesperson", "spokesperson"));
        assertEquals(null, SpeakerNames.of(null, null));
    }
}
