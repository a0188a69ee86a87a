package org.complaintkit.spi.observation;

/** The observer that ignores every report: {@link EngineObserver#none()}. */
final class NoObserver implements EngineObserver {
    static final EngineObserver INSTANCE = new NoObserver();

    private NoObserver() {
    }

    @Override
    public String toString() {
        return "EngineObserver.none()";
    }
}
