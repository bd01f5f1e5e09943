package io.github.datadogsnapshot.client;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes when each request reaches a WireMock server, on the test's {@link FakeTime}: under a
 * {@link VirtualScheduler} time stands still while a request is answered, so these are exact.
 */
final class RequestTimes implements ServeEventListener {

    private volatile FakeTime time;
    private final List<String> seen = new ArrayList<>();

    void follow(FakeTime time) {
        this.time = time;
        synchronized (seen) {
            seen.clear();
        }
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        FakeTime clock = time;
        if (clock != null) {
            synchronized (seen) {
                seen.add(serveEvent.getRequest().getUrl().replaceFirst("\\?.*", "") + " @" + clock.elapsed().toMillis());
            }
        }
    }

    /** The paths requested (without query) and their times in milliseconds since {@link FakeTime#T0}. */
    List<String> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** The times in milliseconds at which {@code path} was requested. */
    List<Long> of(String path) {
        List<Long> times = new ArrayList<>();
        for (String s : seen()) {
            if (s.startsWith(path + " @")) {
                times.add(Long.parseLong(s.substring(path.length() + 2)));
            }
        }
        return times;
    }

    static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Override
    public String getName() {
        return "request-times";
    }
}
