package fr.guichet.dispatch.provider;

import java.util.ArrayList;
import java.util.List;

/** A {@link StreamListener} that remembers every call, for assertions. */
final class RecordingListener implements StreamListener {

    final List<String> deltas = new ArrayList<>();
    final List<String> finishReasons = new ArrayList<>();
    final List<Usage> usages = new ArrayList<>();

    @Override
    public void onDelta(String text) {
        if (!finishReasons.isEmpty()) {
            throw new AssertionError("delta after completion: " + text);
        }
        deltas.add(text);
    }

    @Override
    public void onComplete(String finishReason, Usage usage) {
        finishReasons.add(finishReason);
        usages.add(usage);
    }

    String text() {
        return String.join("", deltas);
    }

    boolean completed() {
        return !finishReasons.isEmpty();
    }
}
