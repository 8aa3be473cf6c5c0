import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Kills a worker host with SIGKILL and reports, in microseconds, when another process first gets its session lock
 * (what the coordinator does). Usage: java KillDetect.java <lock file> <worker pid>
 */
public class KillDetect {
    public static void main(String[] args) throws Exception {
        Path lockFile = Path.of(args[0]);
        ProcessHandle worker = ProcessHandle.of(Long.parseLong(args[1])).orElseThrow();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            if (channel.tryLock() != null) {
                throw new IllegalStateException("the lock is free before the kill");
            }
            long killed = System.nanoTime();
            worker.destroyForcibly();
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    System.out.println((System.nanoTime() - killed) / 1000);
                    lock.release();
                    return;
                }
                Thread.sleep(1);
            }
        }
    }
}
