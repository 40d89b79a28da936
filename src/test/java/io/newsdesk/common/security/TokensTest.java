package io.newsdesk.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Secrets and their hashes. That {@link Tokens#sameHash} compares in constant time, and that nothing else
 * compares secrets or hashes, is a rule of ArchitectureTest: timing itself is not measured here.
 */
class TokensTest {

    @Test
    void shouldKeepASecretAsItsSha256() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
        String secret = Tokens.newSecret();
        assertEquals(Tokens.hash(secret), Tokens.hash(secret));
        assertFalse(Tokens.hash(secret).contains(secret));
    }

    @Test
    void shouldMakeSecretsOf32RandomBytes() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String secret = Tokens.newSecret();
            assertTrue(secret.matches("nd_[A-Za-z0-9_-]{43}"), secret);
            assertTrue(secrets.add(secret), "a secret came twice");
        }
    }

    @Test
    void shouldFindHashesTheSameOnlyWhenEveryCharacterIs() {
        String hash = Tokens.hash("presented token");
        assertTrue(Tokens.sameHash(hash, Tokens.hash("presented token")));
        assertFalse(Tokens.sameHash(hash, Tokens.hash("another token")));
        for (int at : new int[] { 0, 31, 63 }) {
            char[] changed = hash.toCharArray();
            changed[at] = changed[at] == '0' ? '1' : '0';
            String other = new String(changed);
            assertNotEquals(hash, other);
            assertFalse(Tokens.sameHash(hash, other), "differs at " + at);
            assertFalse(Tokens.sameHash(other, hash), "differs at " + at);
        }
        assertFalse(Tokens.sameHash(hash, hash.substring(0, 63)));
        assertFalse(Tokens.sameHash(hash, hash + "0"));
        assertFalse(Tokens.sameHash(hash, ""));
    }
}
