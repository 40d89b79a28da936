package io.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void shouldLowercaseAndHyphenate() {
        assertEquals("minister-s-plan-wins-vote-by-12-3", Slugs.of("Minister's plan wins vote by 12–3!"));
    }

    @Test
    void shouldFoldAccentsAndTransliterateCyrillic() {
        assertEquals("cafe-zurich-deja-vu", Slugs.of("Café Zürich: déjà vu"));
        assertEquals("shtorm-v-belyarske", Slugs.of("Шторм в Белярске"));
    }

    @Test
    void shouldDropMarkupAndCutAtWordBoundary() {
        String slug = Slugs.of("<em>Very</em> " + "long headline words ".repeat(10));
        assertTrue(slug.length() <= Slugs.MAX);
        assertTrue(slug.startsWith("very-long-headline"));
        assertTrue(!slug.endsWith("-"));
    }

    @Test
    void shouldNeverBeEmpty() {
        assertEquals("story", Slugs.of("!!!"));
    }
}
