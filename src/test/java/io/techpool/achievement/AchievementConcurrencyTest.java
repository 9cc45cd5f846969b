package io.techpool.achievement;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AchievementConcurrencyTest {

    @Test
    void concurrentSubmits_getDistinctConsecutiveRegistrationNumbers() throws Exception {
        String region = Fixtures.freshRegion();
        String org = Fixtures.organization(region);
        List<String> ids =
                IntStream.range(0, 12).mapToObj(i -> Fixtures.draft(org)).toList();
        List<Response> answers = all(ids.stream()
                .map(id -> (Callable<Response>)
                        () -> as(Tokens.institution(org)).post("/api/v1/achievements/" + id + "/submit"))
                .toList());
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        List<String> serials = answers.stream()
                .map(r -> r.<String>path("registrationNumber").substring(8))
                .sorted()
                .toList();
        assertThat(serials)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 12).mapToObj("%04d"::formatted).toList());
    }

    @Test
    void concurrentSubmitsOfOneAchievement_succeedOnce() throws Exception {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        List<Response> answers = all(IntStream.range(0, 4)
                .mapToObj(i -> (Callable<Response>)
                        () -> as(Tokens.institution(org)).post("/api/v1/achievements/" + id + "/submit"))
                .toList());
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409, 409, 409);
    }

    private static List<Response> all(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
