package io.techpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

/** Only a search cluster that cannot be reached is a 503; other search failures stay unexpected ones. */
class SearchUnreachableTest {

    @Test
    void aRefusedOrTimedOutConnection_anywhereInTheChain_isUnreachable() {
        assertThat(ProblemMapper.unreachable(new SearchException(
                        "HSEARCH400588", new CompletionException(new ConnectException("Connection refused")))))
                .isTrue();
        assertThat(ProblemMapper.unreachable(
                        new SearchException("timeout", new java.util.concurrent.TimeoutException())))
                .isTrue();
    }

    @Test
    void aSearchFailureOfAnotherKind_isNot() {
        assertThat(ProblemMapper.unreachable(new SearchException("HSEARCH400007: query failed")))
                .isFalse();
    }
}
