package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.agent.SimAgentSettings;

/** A task of the milestone as the options name it: {@code S01/T02}. */
record TaskRef(String slice, String task) {

    static TaskRef parse(final String text) {
        if (!SimAgentSettings.isTask(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a task: write it as S01/T02");
        }
        final int slash = text.indexOf('/');
        return new TaskRef(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return slice + "/" + task;
    }
}
