package vn.motcua.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.events.UnitLevel;

/**
 * What the reporting scenarios share: the contract's events as dossier-service and survey-service publish
 * them (CloudEvents binary mode, key = dossier id, idempotent producer, acks=all) and the reporting API. The
 * events are synthetic and say so in their {@code ce_source} ({@link #SOURCE}): they cannot be taken for a
 * service's. The consumers accept any source (they read type and payload), so the benchmark measures them.
 */
final class ReportingEvents {

    static final Set<String> FLAGS = Set.of("kafka-bootstrap", "base-url", "token", "token-file", "kpi-token",
            "kpi-token-file", "unit-code", "timeout");

    static final String HELP = """
              --kafka-bootstrap H:P    Kafka bootstrap servers, loopback only (default 127.0.0.1:9092)
              --base-url URL           reporting-service (default http://127.0.0.1:8084)
              --token T | --token-file F   bearer token (analyst for freshness, admin for replay)
              --kpi-token T | --kpi-token-file F   token for reading KPIs when --token may not (default --token)
              --unit-code CODE         unit of the generated dossiers (default: a fresh code per run, so counts start at 0)
              --timeout D              per-request timeout (default 10s)
            """;

    /** The {@code ce_source} of every event the benchmark publishes; no service uses it. */
    static final String SOURCE = "/motcua/benchmark";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    final String bootstrap;
    final URI baseUrl;
    final String unitCode;
    /** The district and province above the unit, less the unit itself: a unit is never its own parent. */
    private final List<String> ancestors;
    private final String token;
    private final String kpiToken;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ReportingEvents(Args args) throws IOException {
        bootstrap = args.get("kafka-bootstrap", "127.0.0.1:9092");
        for (String server : bootstrap.split(",")) {
            String host = server.trim();
            int colon = host.lastIndexOf(':');
            LoopbackGuard.checkHost(colon > 0 ? host.substring(0, colon) : host);
        }
        baseUrl = LoopbackGuard.checkHttp(args.get("base-url", "http://127.0.0.1:8084"));
        unitCode = args.get("unit-code", "999.99." + (100000 + (int) (Math.random() * 900000)) + ".BENCH");
        if (!unitCode.matches("[0-9A-Z.]{1,35}")) {
            throw new Args.UsageException("--unit-code must be an electronic identifier code like 000.00.20.H26");
        }
        ancestors = List.of("000.00.20.H26", "000.00.00.H26").stream().filter(code -> !code.equals(unitCode)).toList();
        token = token(args, "token");
        kpiToken = args.has("kpi-token") || args.has("kpi-token-file") ? token(args, "kpi-token") : token;
        timeout = args.duration("timeout", Duration.ofSeconds(10));
    }

    private static String token(Args args, String flag) throws IOException {
        if (args.has(flag + "-file")) {
            return Files.readString(Path.of(args.require(flag + "-file")), StandardCharsets.UTF_8).trim();
        }
        return args.require(flag);
    }

    /** A producer as the services' outbox relays configure it, with batching for bulk loads when asked. */
    KafkaProducer<String, String> producer(boolean bulk) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, bulk ? 20 : 0);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, bulk ? 512 * 1024 : 16 * 1024);
        if (bulk) {
            config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"); // JSON: a fifth of the bytes to the broker
        }
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Dossier number {@code seq} of this run, received at {@code at}. */
    DossierReceivedV1 received(long seq, OffsetDateTime at) {
        Channel channel = Channel.values()[(int) (seq % 3)];
        return new DossierReceivedV1(UUID.randomUUID(), unitCode + "-" + at.format(DateTimeFormatter.ofPattern("yyMMdd"))
                + "-" + String.format("%06d", seq % 1_000_000), "1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch",
                unitCode, "UBND xã benchmark", UnitLevel.COMMUNE, channel, OnlineLevel.FULL, at, at.plusDays(3), 3,
                UUID.randomUUID().toString().replace("-", ""), ancestors);
    }

    static DossierResolvedV1 resolved(DossierReceivedV1 d, long seq) {
        Timeliness timeliness = Timeliness.values()[(int) (seq % 3)];
        return new DossierResolvedV1(d.dossierId(), d.receiptCode(), d.procedureCode(), d.procedureName(),
                d.fieldCode(), d.fieldName(), d.unitCode(), d.unitName(), d.unitLevel(), d.channel(), d.onlineLevel(),
                d.receivedAt(), d.dueAt(), seq % 10 == 0 ? Outcome.REJECTED : Outcome.APPROVED, d.receivedAt().plusDays(2),
                timeliness, timeliness != Timeliness.LATE, 2, d.unitAncestorCodes());
    }

    static SurveyResponseSubmittedV1 response(DossierReceivedV1 d, long seq) {
        int score = 1 + (int) (seq % 5);
        return new SurveyResponseSubmittedV1(UUID.randomUUID(), SurveyResponseSubmittedV1.SOURCE_DOSSIER,
                d.dossierId(), d.unitCode(), d.unitName(), d.procedureCode(), d.procedureName(), d.channel(), 1,
                d.receivedAt().plusDays(3), List.of(new SurveyResponseSubmittedV1.Answer("Q1", "ACCESS", score)),
                List.of(new SurveyResponseSubmittedV1.GroupScore("ACCESS", 1, score >= 4 ? 1 : 0, score)),
                d.unitAncestorCodes());
    }

    /** A CloudEvents record of {@code payload} on the topic of its type, keyed by its dossier id. */
    static ProducerRecord<String, String> record(Object payload) {
        String topic;
        String type;
        String key;
        if (payload instanceof DossierReceivedV1 r) {
            topic = Topics.DOSSIER_RECEIVED;
            type = EventTypes.DOSSIER_RECEIVED_V1;
            key = r.dossierId().toString();
        } else if (payload instanceof DossierResolvedV1 r) {
            topic = Topics.DOSSIER_RESOLVED;
            type = EventTypes.DOSSIER_RESOLVED_V1;
            key = r.dossierId().toString();
        } else {
            SurveyResponseSubmittedV1 r = (SurveyResponseSubmittedV1) payload;
            topic = Topics.SURVEY_RESPONSE_SUBMITTED;
            type = EventTypes.SURVEY_RESPONSE_SUBMITTED_V1;
            key = r.dossierId().toString();
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json(payload));
        new CloudEventAttributes(UUID.randomUUID().toString(), SOURCE, type, OffsetDateTime.now(VIETNAM), null)
                .headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET {@code pathAndQuery} with the bearer token; the JSON body of a 2xx, else an exception. */
    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(baseUrl.resolve(pathAndQuery)).GET());
    }

    /**
     * The number at {@code pointer} in a KPI read with the KPI token; 0 while the KPI answers 404 because no
     * event has named the run's unit yet; -1 (unknown) while it answers 503, e.g. its database restarting.
     */
    long kpiCount(String pathAndQuery, String pointer) throws IOException, InterruptedException {
        return countAt(baseUrl, pathAndQuery, pointer);
    }

    /** {@link #kpiCount} of another service: the number at {@code pointer} of {@code base}'s {@code pathAndQuery}. */
    long countAt(URI base, String pathAndQuery, String pointer) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET()
                .timeout(timeout).header("Authorization", "Bearer " + kpiToken).header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return 0;
        }
        if (response.statusCode() == 503) {
            return -1;
        }
        if (response.statusCode() != 200) {
            throw new IOException(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode value = JSON.readTree(response.body()).at(pointer);
        if (!value.isNumber()) {
            throw new IOException(pathAndQuery + " has no number at " + pointer);
        }
        return value.asLong();
    }

    /** POST without a body; the JSON body and the Location header. */
    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET {@code pathAndQuery} with the KPI token, whatever it answers. */
    HttpResponse<String> getWithKpiToken(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(baseUrl.resolve(pathAndQuery)).timeout(timeout).GET()
                .header("Authorization", "Bearer " + kpiToken).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(timeout).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }
}
