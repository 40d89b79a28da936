package io.newsdesk.webhook;

import io.newsdesk.webhook.WebhookSigner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void shouldMatchTheStandardWebhooksReferenceSignature() {
        // The example from the Standard Webhooks specification's reference libraries.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void shouldMakeUsableSecretsAndRefuseWeakOnes() {
        String secret = WebhookSigner.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertTrue(WebhookSigner.validSecret(secret));
        assertFalse(WebhookSigner.validSecret("whsec_c2hvcnQ="));
        assertFalse(WebhookSigner.validSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertFalse(WebhookSigner.validSecret("whsec_not base64!"));
    }
}
