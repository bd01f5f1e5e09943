package io.github.datadogsnapshot.client.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.config.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitBudgetTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    RateLimitBudget budget = new RateLimitBudget();
    List<String> woken = new ArrayList<>();

    static RateLimitStatus budget(int remaining, long resetSeconds, Instant at) {
        return new RateLimitStatus(10, remaining, 60, resetSeconds, "snapshot", at);
    }

    RateLimitBudget.Permit ask(String who) {
        return budget.acquire(NOW, () -> woken.add(who));
    }

    RateLimitBudget.Permit askAt(String who, Instant at) {
        return budget.acquire(at, () -> woken.add(who));
    }

    @Test
    void shouldSendOneRequestUntilAnAnswerStatesTheBudget() {
        assertThat(ask("a")).isInstanceOf(RateLimitBudget.Granted.class);
        assertThat(ask("b")).isEqualTo(new RateLimitBudget.Queued(NOW.plus(RateLimitBudget.DEFAULT_PATIENCE)));
        assertThat(ask("c")).isInstanceOf(RateLimitBudget.Queued.class);

        budget.answered(NOW, budget(2, 30, NOW));

        assertThat(woken).containsExactly("b", "c");
        assertThat(ask("b")).isInstanceOf(RateLimitBudget.Granted.class);
        assertThat(ask("c")).isInstanceOf(RateLimitBudget.Granted.class);
        assertThat(ask("d")).as("2 left, 2 in flight").isInstanceOf(RateLimitBudget.Queued.class);
    }

    @Test
    void shouldWaitForTheResetOnceTheBudgetIsUsedUpInsteadOfAskingFor429s() {
        ask("a");
        budget.answered(NOW, budget(0, 30, NOW));

        assertThat(ask("b")).isEqualTo(new RateLimitBudget.WaitUntil(NOW.plusSeconds(30)));
        assertThat(budget.closedUntil()).isEqualTo(NOW.plusSeconds(30));
        assertThat(budget.acquire(NOW.plusSeconds(30), () -> { })).as("a new window: one request to learn its budget")
                .isInstanceOf(RateLimitBudget.Granted.class);
    }

    @Test
    void shouldBelieveTheLowestBudgetOfOneWindowWhateverOrderTheAnswersComeIn() {
        ask("a");
        budget.answered(NOW, budget(5, 30, NOW));
        ask("b");
        ask("c");
        budget.answered(NOW, budget(3, 30, NOW));
        budget.answered(NOW, budget(4, 30, NOW));

        for (int i = 0; i < 3; i++) {
            assertThat(ask("x" + i)).isInstanceOf(RateLimitBudget.Granted.class);
        }
        assertThat(ask("y")).isInstanceOf(RateLimitBudget.Queued.class);
    }

    @Test
    void shouldMakeEveryRequestWaitForA429sResetAndNeverShortenIt() {
        ask("a");
        ask("b");
        budget.refused(NOW.plusSeconds(30));
        assertThat(woken).containsExactly("b");
        assertThat(ask("b")).isEqualTo(new RateLimitBudget.WaitUntil(NOW.plusSeconds(30)));

        budget.acquire(NOW.plusSeconds(30), () -> { });
        budget.refused(NOW.plusSeconds(10));
        assertThat(budget.closedUntil()).as("a shorter reset never shortens the pause").isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void shouldReleaseWithoutLearningAnythingWhenNoAnswerCame() {
        ask("a");
        ask("b");
        budget.released();
        assertThat(woken).containsExactly("b");
        assertThat(ask("b")).isInstanceOf(RateLimitBudget.Granted.class);
    }

    @Test
    void shouldForgetACalledOffRequest() {
        ask("a");
        Runnable c = () -> woken.add("c");
        budget.acquire(NOW, c);
        budget.forget(c);
        budget.released();
        assertThat(woken).isEmpty();
    }

    @Test
    void shouldTakeAnAnswerWithoutHeadersAsNoStatedLimitSoConcurrencyAloneBoundsTheRequests() {
        ask("a");
        ask("b");
        budget.answeredWithoutLimit();

        assertThat(woken).containsExactly("b");
        for (int i = 0; i < 50; i++) {
            assertThat(ask("x" + i)).as("request %d", i).isInstanceOf(RateLimitBudget.Granted.class);
        }
    }

    @Test
    void shouldBelieveHeadersOrA429AfterAnswersWithoutHeaders() {
        ask("a");
        budget.answeredWithoutLimit();
        ask("b");
        budget.answered(NOW, budget(1, 30, NOW));
        ask("c");
        assertThat(ask("d")).as("1 left, 1 in flight").isInstanceOf(RateLimitBudget.Queued.class);
        budget.released();

        RateLimitBudget other = new RateLimitBudget();
        other.acquire(NOW, () -> { });
        other.answeredWithoutLimit();
        other.acquire(NOW, () -> { });
        other.refusedWithoutReset();
        other.acquire(NOW, () -> { });
        assertThat(other.acquire(NOW, () -> { })).as("a 429: one request at a time again")
                .isInstanceOf(RateLimitBudget.Queued.class);
    }

    @Test
    void shouldKeepAStatedBudgetWhenALaterAnswerCarriesNoHeaders() {
        ask("a");
        budget.answered(NOW, budget(0, 30, NOW));
        budget.acquire(NOW.plusSeconds(30), () -> { });
        budget.answered(NOW.plusSeconds(30), budget(1, 30, NOW.plusSeconds(30)));
        budget.acquire(NOW.plusSeconds(30), () -> { });
        budget.answeredWithoutLimit();

        assertThat(budget.acquire(NOW.plusSeconds(30), () -> { })).isInstanceOf(RateLimitBudget.Granted.class);
        assertThat(budget.acquire(NOW.plusSeconds(30), () -> { })).as("the stated 1 is spent")
                .isInstanceOf(RateLimitBudget.Queued.class);
    }

    @Test
    void shouldNotLetOneSlowFirstAnswerHoldBackTheOthers() {
        budget = new RateLimitBudget(Duration.ofSeconds(1));
        Instant patienceEnds = NOW.plusSeconds(1);
        ask("slow");
        assertThat(askAt("b", NOW.plusMillis(400))).isEqualTo(new RateLimitBudget.Queued(patienceEnds));

        assertThat(askAt("b", patienceEnds)).isInstanceOf(RateLimitBudget.Granted.class);
        assertThat(askAt("c", patienceEnds.plusMillis(1))).isInstanceOf(RateLimitBudget.Granted.class);
        budget.answered(patienceEnds, budget(5, 30, patienceEnds));
        budget.answered(patienceEnds, budget(4, 30, patienceEnds));
        assertThat(askAt("d", patienceEnds)).as("once stated, the budget rules again: 4 left, 1 in flight")
                .isInstanceOf(RateLimitBudget.Granted.class);
    }

    @Test
    void shouldStartThePatienceAgainForTheFirstRequestOfANewWindow() {
        ask("a");
        budget.answered(NOW, budget(3, 30, NOW));
        ask("b");
        Instant later = NOW.plusSeconds(31);

        assertThat(askAt("c", later)).as("a new window while b is still out")
                .isEqualTo(new RateLimitBudget.Queued(later.plus(RateLimitBudget.DEFAULT_PATIENCE)));
    }
}
