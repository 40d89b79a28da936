package io.newsdesk.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one webhook delivery to the address {@link AddressPolicy#pin} checked, never to one found by
 * resolving the name again; the request still carries the URL's host in Host (and in SNI for https), so
 * the receiver sees the name it was registered under. Redirects are not followed.
 */
final class WebhookSender {
    /** The receiver's status, or why there is none (completing "The URL …" or "No answer: …"). */
    record Result(Integer status, String refusal, String failure) {
    }

    private final AddressPolicy addresses;
    private final HttpClient http;
    private final Duration timeout;

    WebhookSender(AddressPolicy addresses, Vertx vertx, Duration timeout) {
        this.addresses = addresses;
        this.timeout = timeout;
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false)
                .setConnectTimeout((int) timeout.toMillis()).setVerifyHost(true));
    }

    Result post(String url, Map<String, String> headers, String payload) {
        AddressPolicy.Checked checked = addresses.pin(url);
        if (checked.refusal() != null) {
            return new Result(null, checked.refusal(), null);
        }
        AddressPolicy.Target target = checked.target();
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                : target.uri().getRawPath();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.uri().getHost()).setPort(target.port()).setSsl(target.https())
                .setURI(target.uri().getRawQuery() == null ? path : path + "?" + target.uri().getRawQuery())
                .setFollowRedirects(false).setConnectTimeout(timeout.toMillis()).setIdleTimeout(timeout.toMillis());
        headers.forEach(request::putHeader);
        // The status line is the receiver's answer, and nothing after it may change that: the connection (its
        // own, without keep-alive) is closed as soon as the status is in, so the body is never read, a receiver
        // that keeps sending holds nothing, and an accepted delivery never turns into a failure sent again.
        Future<Integer> answered = http.request(request)
                .compose(sent -> sent.send(payload))
                .map(response -> {
                    int status = response.statusCode();
                    try {
                        // The close below ends a body still arriving with an error that is of no interest.
                        response.exceptionHandler(ignored -> {
                        });
                    } catch (IllegalStateException alreadyEnded) {
                        return status; // a quick 204 often has ended by now: nothing is left to close
                    }
                    response.request().connection().close();
                    return status;
                });
        try {
            return new Result(answered.toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() * 2 + 1_000, TimeUnit.MILLISECONDS), null, null);
        } catch (ExecutionException e) {
            return new Result(null, null, describe(e.getCause()));
        } catch (TimeoutException e) {
            return new Result(null, null, "timed out.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, null, "interrupted while sending.");
        }
    }

    void close() {
        http.close();
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "connection failed.";
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        String what = kind.isBlank() ? "connection failed" : kind.toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null || e.getMessage().isBlank() ? what + "." : what + " (" + e.getMessage() + ").";
    }
}
