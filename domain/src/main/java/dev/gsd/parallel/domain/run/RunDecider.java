package dev.gsd.parallel.domain.run;

import dev.gsd.parallel.domain.CommandRejected;
import dev.gsd.parallel.domain.Decider;
import dev.gsd.parallel.domain.run.Run.Finished;
import dev.gsd.parallel.domain.run.Run.NotStarted;
import dev.gsd.parallel.domain.run.Run.Running;
import dev.gsd.parallel.domain.run.RunCommand.FinishRun;
import dev.gsd.parallel.domain.run.RunCommand.StartRun;
import dev.gsd.parallel.domain.run.RunEvent.RunFinished;
import dev.gsd.parallel.domain.run.RunEvent.RunStarted;
import java.util.List;

/** A run starts once and finishes once; finishing an unstarted run or starting a finished one is refused. */
public final class RunDecider implements Decider<RunCommand, Run, RunEvent> {

    @Override
    public Run initialState() {
        return new NotStarted();
    }

    @Override
    public List<RunEvent> decide(RunCommand command, Run state) {
        if (command instanceof StartRun start) {
            if (!(state instanceof NotStarted)) {
                throw new CommandRejected("run has already started");
            }
            if (start.maxWorkers() < 1) {
                throw new CommandRejected("a run needs at least one worker slot, got " + start.maxWorkers());
            }
            return List.of(new RunStarted(start.runId(), start.maxWorkers(), start.at()));
        }
        if (command instanceof FinishRun finish) {
            if (state instanceof Running running) {
                return List.of(new RunFinished(running.runId(), finish.outcome(), finish.at()));
            }
            if (state instanceof Finished) {
                return List.of();
            }
            throw new CommandRejected("run has not started");
        }
        throw new IllegalArgumentException("unknown run command " + command);
    }

    @Override
    public Run evolve(Run state, RunEvent event) {
        if (event instanceof RunStarted started) {
            return new Running(started.runId(), started.maxWorkers(), started.at());
        }
        if (event instanceof RunFinished finished) {
            return new Finished(finished.runId(), finished.outcome(), finished.at());
        }
        throw new IllegalArgumentException("unknown run event " + event);
    }

    @Override
    public boolean isTerminal(Run state) {
        return state instanceof Finished;
    }
}
