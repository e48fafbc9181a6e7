package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.SuccessResponse;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpEndpoint;
import org.apache.camel.component.http.NoopCookieStore;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client, its session pool and the broadworks-soap route against a BroadWorks played in the test. */
class OciClientTest {

    private static final List<OciRequest> DELETE =
            List.of(new GroupInstantGroupCallDeleteInstanceRequest("igc-sales@acme.example"));

    private FakeBroadWorks broadWorks;
    private CamelContext camel;
    private OciSessionPool pool;

    @BeforeEach
    void startBroadWorks() throws Exception {
        broadWorks = new FakeBroadWorks();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (camel != null) {
            camel.close();
        }
        broadWorks.close();
    }

    @Test
    void twentyConcurrentFirstCallsLogEachSessionInExactlyOnce() throws Exception {
        OciClient client = client(properties(broadWorks.url(), 8, Duration.ofSeconds(5), Duration.ofSeconds(10)));
        ExecutorService callers = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<OciResponse>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(callers.submit(() -> {
                start.await();
                return client.send(DELETE);
            }));
        }
        start.countDown();
        for (Future<List<OciResponse>> call : calls) {
            assertThat(call.get(20, TimeUnit.SECONDS)).containsExactly(new SuccessResponse());
        }
        callers.shutdown();

        assertThat(broadWorks.loginsByJsessionId).hasSizeBetween(1, 8);
        assertThat(broadWorks.loginsByJsessionId.values()).allSatisfy(logins -> assertThat(logins.get()).isEqualTo(1));
        // Each HTTP session carries exactly one OCI-P sessionId: no cookie jar is shared between sessions.
        assertThat(broadWorks.sessionIdsByJsessionId.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(broadWorks.commandRequests()).hasSize(20).allSatisfy(request -> {
            assertThat(request.headers().get("Content-type")).containsExactly("text/xml; charset=UTF-8");
            assertThat(request.headers().get("Soapaction")).containsExactly("\"\"");
            assertThat(request.headers().get("Cookie")).containsExactly("JSESSIONID=" + request.jsessionId());
            assertThat(request.path()).isEqualTo(FakeBroadWorks.PATH);
        });
    }

    @Test
    void aLostSessionLogsInAgainAndTheDocumentIsResentOnce() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        client.send(DELETE);
        broadWorks.forgetLogins();

        assertThat(client.send(DELETE)).containsExactly(new SuccessResponse());
        assertThat(broadWorks.logins()).isEqualTo(2);
        assertThat(broadWorks.commandRequests()).hasSize(3);
    }

    @Test
    void aSessionLostTwiceInARowAnswersTheErrorWithoutLooping() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        broadWorks.answerCommandsWith(FakeBroadWorks.answering(FakeBroadWorks.error(4003, "Not logged in")));

        List<OciResponse> answers = client.send(DELETE);

        assertThat(answers).singleElement().isInstanceOf(ErrorResponse.class);
        assertThat(((ErrorResponse) answers.get(0)).code()).isEqualTo(4003);
        assertThat(broadWorks.commandRequests()).hasSize(2);
        assertThat(broadWorks.logins()).isEqualTo(2);
    }

    @Test
    void aLostSessionIsRecognisedByItsWordingWhateverItsCode() {
        BroadWorksProperties properties = new BroadWorksProperties(broadWorks.url(), "ociadmin",
                FakeBroadWorks.PASSWORD, BroadWorksProperties.Login.SIGNED, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Set.of(), List.of("(?i)session .*expired"),
                Duration.ofMinutes(1), Duration.ofMinutes(5));
        OciClient client = client(properties);
        client.send(DELETE);
        AtomicBoolean expired = new AtomicBoolean(true);
        broadWorks.answerCommandsWith(exchange -> {
            if (expired.getAndSet(false)) {
                FakeBroadWorks.reply(exchange, 200, FakeBroadWorks.soap(FakeBroadWorks.document("s",
                        List.of(FakeBroadWorks.error(7311, "Your session has expired")))), StandardCharsets.UTF_8);
            } else {
                FakeBroadWorks.reply(exchange, 200, FakeBroadWorks.soap(FakeBroadWorks.document("s",
                        List.of(FakeBroadWorks.success()))), StandardCharsets.UTF_8);
            }
        });

        assertThat(client.send(DELETE)).containsExactly(new SuccessResponse());
        assertThat(broadWorks.logins()).isEqualTo(2);
        assertThat(broadWorks.commandRequests()).hasSize(3);
    }

    @Test
    void aSessionIdleBeyondMaxIdleLogsInAfreshBeforeItsNextCommand() {
        AtomicLong now = new AtomicLong();
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                now::get);
        client.send(DELETE);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        client.send(DELETE);
        assertThat(broadWorks.logins()).isEqualTo(1);

        now.addAndGet(Duration.ofSeconds(60).toNanos());
        assertThat(client.send(DELETE)).containsExactly(new SuccessResponse());

        assertThat(broadWorks.logins()).isEqualTo(2);
        assertThat(broadWorks.commandRequests()).as("no command was sent on the stale session").hasSize(3);
        assertThat(broadWorks.requests.get(broadWorks.requests.size() - 2).jsessionId())
                .as("the fresh login starts a fresh HTTP session")
                .isNotEqualTo(broadWorks.requests.get(0).jsessionId());
    }

    @Test
    void aSessionOlderThanMaxAgeLogsInAfreshEvenWhenBusy() {
        AtomicLong now = new AtomicLong();
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                now::get);
        for (int i = 0; i < 10; i++) {
            client.send(DELETE);
            now.addAndGet(Duration.ofSeconds(30).toNanos());
        }
        assertThat(broadWorks.logins()).as("one login per 5 minutes of use").isEqualTo(1);

        client.send(DELETE);

        assertThat(broadWorks.logins()).isEqualTo(2);
        assertThat(broadWorks.commandRequests()).hasSize(11);
    }

    @Test
    void anOrdinaryErrorResponseIsAnAnswerNotARetry() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        broadWorks.answerCommandsWith(FakeBroadWorks.answering(FakeBroadWorks.error(4008, "User not found: x")));

        assertThat(client.send(DELETE))
                .containsExactly(new ErrorResponse(4008, "[Error 4008] User not found: x", "[Error 4008] User not found: x", null));
        assertThat(broadWorks.commandRequests()).hasSize(1);
    }

    @Test
    void http500IsUnavailableAndTheSessionIsReplaced() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        broadWorks.answerCommandsWith(exchange ->
                FakeBroadWorks.reply(exchange, 500, "<html>Internal Server Error</html>".getBytes(), StandardCharsets.UTF_8));

        assertThatThrownBy(() -> client.send(DELETE))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("HTTP 500");

        broadWorks.answerCommandsWith(null);
        assertThat(client.send(DELETE)).containsExactly(new SuccessResponse());
        assertThat(broadWorks.loginsByJsessionId).hasSize(2);
    }

    @Test
    void aSoapFaultIsUnavailableWithItsFaultString() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        byte[] fault = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<soapenv:Fault><faultcode>soapenv:Server</faultcode>"
                        + "<faultstring>java.lang.NullPointerException</faultstring></soapenv:Fault>"
                        + "</soapenv:Body></soapenv:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
        broadWorks.answerCommandsWith(exchange -> FakeBroadWorks.reply(exchange, 500, fault, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> client.send(DELETE))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("SOAP fault")
                .hasMessageContaining("java.lang.NullPointerException");

        broadWorks.answerCommandsWith(exchange -> FakeBroadWorks.reply(exchange, 200, fault, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> client.send(DELETE))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("java.lang.NullPointerException");
    }

    @Test
    void aGarbledOrTruncatedAnswerIsUnavailable() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        broadWorks.answerCommandsWith(exchange -> FakeBroadWorks.reply(
                exchange, 200, new byte[] {(byte) 0xff, 0x00, 0x13, '<', '?', 0x7f}, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> client.send(DELETE)).isInstanceOf(BroadWorksUnavailableException.class);

        byte[] whole = FakeBroadWorks.soap(FakeBroadWorks.document("s", List.of(FakeBroadWorks.success())));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        broadWorks.answerCommandsWith(exchange -> FakeBroadWorks.reply(exchange, 200, half, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> client.send(DELETE)).isInstanceOf(BroadWorksUnavailableException.class);

        // The connection drops after half of the promised bytes.
        broadWorks.answerCommandsWith(exchange -> {
            exchange.sendResponseHeaders(200, whole.length);
            exchange.getResponseBody().write(half);
            exchange.getResponseBody().flush();
            exchange.close();
        });
        assertThatThrownBy(() -> client.send(DELETE)).isInstanceOf(BroadWorksUnavailableException.class);
    }

    @Test
    void aSoapAnswerWithADoctypeIsRefusedUnread() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        String document = FakeBroadWorks.document("s", List.of(FakeBroadWorks.success()));
        byte[] hostile = new String(FakeBroadWorks.soap(document), StandardCharsets.UTF_8)
                .replace("?><soapenv:Envelope",
                        "?><!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><soapenv:Envelope")
                .replace("</ns1:processOCIMessageReturn>", "&xxe;</ns1:processOCIMessageReturn>")
                .getBytes(StandardCharsets.UTF_8);
        broadWorks.answerCommandsWith(exchange -> FakeBroadWorks.reply(exchange, 200, hostile, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> client.send(DELETE))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void anAnswerInIso88591IsDecodedByItsDeclaration() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        broadWorks.answerCommandsWith(exchange -> FakeBroadWorks.reply(
                exchange,
                200,
                FakeBroadWorks.soap(
                        FakeBroadWorks.document("s", List.of(FakeBroadWorks.error(4008, "User not found: Müller"))),
                        StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1));

        assertThat(((ErrorResponse) client.send(DELETE).get(0)).summary()).isEqualTo("[Error 4008] User not found: Müller");
    }

    @Test
    void aSlowAnswerTimesOutWithinTheReadTimeout() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofMillis(500), Duration.ofSeconds(2)));
        broadWorks.answerCommandsWith(exchange -> Thread.sleep(5_000));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.send(DELETE)).isInstanceOf(BroadWorksTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRefusedConnectionIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OciClient client = client(properties(
                "http://127.0.0.1:" + closedPort + FakeBroadWorks.PATH, 1, Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> client.send(DELETE))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void aRefusedLoginIsUnavailableAndNeverShowsThePassword() {
        OciClient client = client(new BroadWorksProperties(broadWorks.url(), "ociadmin", "wrong-secret",
                BroadWorksProperties.Login.SIGNED, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Set.of(4003), List.of(), Duration.ofMinutes(1), Duration.ofMinutes(5)));

        assertThatThrownBy(() -> client.send(DELETE))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("4962")
                .hasMessageNotContaining("wrong-secret");
        assertThat(broadWorks.commandRequests()).isEmpty();
    }

    @Test
    void allSessionsBusyIsOverloadedAfterTheSessionWait() throws Exception {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(5), Duration.ofMillis(300)));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        broadWorks.answerCommandsWith(exchange -> {
            arrived.countDown();
            release.await(5, TimeUnit.SECONDS);
            FakeBroadWorks.answering(FakeBroadWorks.success()).respond(exchange);
        });
        ExecutorService first = Executors.newSingleThreadExecutor();
        Future<List<OciResponse>> busy = first.submit(() -> client.send(DELETE));
        assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.send(DELETE)).isInstanceOf(BroadWorksOverloadedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofMillis(250), Duration.ofSeconds(2));

        release.countDown();
        assertThat(busy.get(5, TimeUnit.SECONDS)).containsExactly(new SuccessResponse());
        first.shutdown();
    }

    @Test
    void shutdownLogsOutEveryLoggedInSession() {
        OciClient client = client(properties(broadWorks.url(), 3, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        client.send(DELETE);
        client.send(DELETE);

        pool.stop();

        assertThat(broadWorks.logoutReasons).containsExactly("Client Logout", "Client Logout");
        assertThatThrownBy(() -> client.send(DELETE)).isInstanceOf(BroadWorksUnavailableException.class);
    }

    @Test
    void tooManyCommandsAreRefusedBeforeAnythingIsSent() {
        OciClient client = client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> client.send(Collections.nCopies(16, DELETE.get(0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(broadWorks.requests).isEmpty();
    }

    @Test
    void headersFromTheCallerNeverSteerTheCall() {
        BroadWorksProperties properties = properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(1));
        client(properties);
        String document = OciDocumentWriter.authenticationRequest("s1", "ociadmin");

        camel.createProducerTemplate().send(BroadWorksSoapRoute.ENDPOINT, exchange -> {
            exchange.getIn().setBody(SoapEnvelope.wrap(document));
            exchange.getIn().setHeader("CamelHttpUri", "http://127.0.0.1:1/elsewhere");
            exchange.getIn().setHeader("CamelHttpPath", "/admin");
            exchange.getIn().setHeader("CamelHttpQuery", "debug=true");
            exchange.getIn().setHeader("CamelHttpMethod", "DELETE");
            exchange.getIn().setHeader("Authorization", "Bearer rest-caller-token");
            exchange.setProperty(BroadWorksSoapRoute.URL_PROPERTY, broadWorks.url());
        });

        assertThat(broadWorks.requests).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo(FakeBroadWorks.PATH);
            assertThat(request.headers()).doesNotContainKey("Authorization");
            assertThat(request.types()).containsExactly("AuthenticationRequest");
        });
    }

    @Test
    void theHttpEndpointUsesTheConfiguredPoolAndTimeoutsAndNoSharedCookies() {
        OciClient client = client(properties(broadWorks.url(), 4, Duration.ofMillis(1500), Duration.ofSeconds(1)));
        client.send(DELETE);

        HttpEndpoint endpoint = camel.getEndpoints().stream()
                .filter(HttpEndpoint.class::isInstance)
                .map(HttpEndpoint.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(endpoint.getConnectTimeout()).isEqualTo(1000);
        assertThat(endpoint.getResponseTimeout()).isEqualTo(1500);
        assertThat(endpoint.getSoTimeout()).isEqualTo(1500);
        assertThat(endpoint.getConnectionRequestTimeout()).isEqualTo(1000);
        var connections = (PoolingHttpClientConnectionManager) endpoint.getClientConnectionManager();
        assertThat(connections.getDefaultMaxPerRoute()).isEqualTo(4);
        assertThat(connections.getMaxTotal()).isEqualTo(4);
        assertThat(endpoint.getCookieStore()).isInstanceOf(NoopCookieStore.class);
    }

    @Test
    void loggedDocumentsNeverShowAPassword() {
        Logger transportLog = (Logger) LoggerFactory.getLogger(OciSoapTransport.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        transportLog.addAppender(logged);
        Level before = transportLog.getLevel();
        transportLog.setLevel(Level.DEBUG);
        try {
            client(properties(broadWorks.url(), 1, Duration.ofSeconds(1), Duration.ofSeconds(1))).send(DELETE);
        } finally {
            transportLog.setLevel(before);
            transportLog.detachAppender(logged);
        }

        List<String> messages = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("<signedPassword>******</signedPassword>"));
        assertThat(messages).noneSatisfy(m -> assertThat(m).containsPattern("<signedPassword>[0-9a-f]"));
    }

    private static BroadWorksProperties properties(String url, int poolSize, Duration readTimeout, Duration sessionWait) {
        return new BroadWorksProperties(url, "ociadmin", FakeBroadWorks.PASSWORD, BroadWorksProperties.Login.SIGNED,
                poolSize, Duration.ofSeconds(1), readTimeout, sessionWait, Set.of(4003), List.of(), Duration.ofMinutes(1),
                Duration.ofMinutes(5));
    }

    private OciClient client(BroadWorksProperties properties) {
        return client(properties, System::nanoTime);
    }

    private OciClient client(BroadWorksProperties properties, LongSupplier clock) {
        try {
            camel = new DefaultCamelContext();
            camel.addRoutes(new BroadWorksSoapRoute(properties));
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        OciSoapTransport transport = new OciSoapTransport(
                camel.createProducerTemplate(), new BroadWorksAddress(properties), new BroadWorksReachability());
        pool = new OciSessionPool(properties, new OciLogin(properties, transport), clock);
        return new OciClient(pool, transport, properties,
                new BroadWorksCircuitBreaker(CircuitBreakerProperties.defaults()));
    }
}
