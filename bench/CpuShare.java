import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU each party of a benchmark used between {@link #start} and {@link #report}: the hubs'
 * JVMs (one or several side by side), their PostgreSQL (the server process listening on the port, and its backends) and this driver
 * with its load generator and receivers. All share one machine, so the figures show whether the hub,
 * the database or the bench itself ran out of cores. A backend that ended inside the interval is
 * not counted (the hub's pooled connections live on).
 */
final class CpuShare {

  private final List<ProcessHandle> hubs;
  private final ProcessHandle postgres;
  private final long startedNanos = System.nanoTime();
  private final long hubStart;
  private final long postgresStart;
  private final long driverStart;

  private CpuShare(List<ProcessHandle> hubs, ProcessHandle postgres) {
    this.hubs = hubs;
    this.postgres = postgres;
    this.hubStart = hubNanos();
    this.postgresStart = cpuNanos(postgres);
    this.driverStart = cpuNanos(ProcessHandle.current());
  }

  /** From now, for the hub process and the PostgreSQL server on {@code databasePort}. */
  static CpuShare start(long hubPid, int databasePort) {
    return start(List.of(hubPid), databasePort);
  }

  /** From now, for the hub processes and the PostgreSQL server on {@code databasePort}. */
  static CpuShare start(List<Long> hubPids, int databasePort) {
    List<ProcessHandle> hubs = hubPids.stream().map(pid -> ProcessHandle.of(pid)
        .orElseThrow(() -> new IllegalStateException("no hub process " + pid))).toList();
    ProcessHandle postgres = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().filter(line -> line.contains("postgres") && line.contains("-p " + databasePort)).isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no PostgreSQL server on port " + databasePort));
    return new CpuShare(hubs, postgres);
  }

  /** CPU milliseconds the hubs' JVMs used since the start. */
  double hubMillis() {
    return (hubNanos() - hubStart) / 1e6;
  }

  private long hubNanos() {
    return hubs.stream().mapToLong(CpuShare::cpuNanos).sum();
  }

  /** CPU milliseconds PostgreSQL (server and backends) used since the start. */
  double postgresMillis() {
    return (cpuNanos(postgres) - postgresStart) / 1e6;
  }

  /** Cores used on average since the start: {@code cpu_cores hub=1.02 postgres=0.70 driver=0.26 of=2}. */
  String report() {
    double elapsedNanos = System.nanoTime() - startedNanos;
    return String.format("cpu_cores hub=%.2f postgres=%.2f driver=%.2f of=%d",
        (hubNanos() - hubStart) / elapsedNanos, (cpuNanos(postgres) - postgresStart) / elapsedNanos,
        (cpuNanos(ProcessHandle.current()) - driverStart) / elapsedNanos, Runtime.getRuntime().availableProcessors());
  }

  /** CPU time of a process and, for PostgreSQL, of its backends. */
  private static long cpuNanos(ProcessHandle process) {
    return Stream.concat(Stream.of(process), process.descendants())
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }
}
