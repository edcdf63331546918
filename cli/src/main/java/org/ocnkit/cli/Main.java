package org.ocnkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.Message;
import org.ocnkit.OcnkitException;
import org.ocnkit.cli.unit.UnitCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ocn} command. {@link #run} parses, dispatches to a subcommand, maps failures to exit
 * codes (DESIGN §4) and returns the code, so tests and the demo call the CLI in-process; {@link
 * #main} is the only place that exits the JVM.
 */
@Command(
    name = "ocn",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.ENVIRONMENT,
    versionProvider = VersionProvider.class,
    resourceBundle = "org.ocnkit.cli.messages")
public final class Main {
  /**
   * The top-level commands, in the order of the chain (help lists them so). Only the one being run
   * is built with its options and subcommands: building all of them costs most of a short command's
   * start-up (see {@link #commandLine(Cli, String...)}).
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          org.ocnkit.cli.store.InitCommand.class,
          org.ocnkit.cli.store.JoinCommand.class,
          UnitCommand.class,
          org.ocnkit.cli.panel.PanelCommand.class,
          org.ocnkit.cli.qualification.QualificationCommand.class,
          org.ocnkit.cli.learner.ApprenticeCommand.class,
          org.ocnkit.cli.learner.PlacementCommand.class,
          org.ocnkit.cli.learner.AssessorCommand.class,
          org.ocnkit.cli.learner.EnrolCommand.class,
          org.ocnkit.cli.evidence.EvidenceCommand.class,
          org.ocnkit.cli.evidence.EnrolmentCommand.class,
          org.ocnkit.cli.evidence.ProgressCommand.class,
          org.ocnkit.cli.moderation.ModerateCommand.class,
          org.ocnkit.cli.certificate.KeysCommand.class,
          org.ocnkit.cli.certificate.CertificateCommand.class,
          org.ocnkit.cli.certificate.VerifyCommand.class,
          org.ocnkit.cli.ledger.LogCommand.class,
          org.ocnkit.cli.report.ReportCommand.class,
          org.ocnkit.cli.report.PortfolioCommand.class,
          org.ocnkit.cli.store.AuditCommand.class,
          org.ocnkit.cli.store.BackupCommand.class,
          org.ocnkit.cli.serve.ServeCommand.class,
          org.ocnkit.cli.serve.SiteCommand.class,
          DemoCommand.class,
          CompletionCommand.class);

  /** {@code ocn}'s own options that take a value. */
  private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--workspace", "--actor", "--lang");

  private final Cli cli;

  @Spec CommandSpec spec;

  public Main(Cli cli) {
    this.cli = cli;
  }

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.workspace")
  void workspace(Path workspace) {
    cli.workspaceOption(workspace);
  }

  @Option(
      names = "--actor",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.actor")
  void actor(String actor) {
    cli.actorOption(actor);
  }

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.lang")
  void lang(String lang) {
    if (!lang.equals("sv") && !lang.equals("en")) {
      throw new CommandLine.ParameterException(spec.commandLine(), cli.text("error.lang", lang));
    }
  }

  public static void main(String... args) {
    quietLibraryLogging();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(CliEnvironment.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Apache POI logs through the Log4j API, which prints a warning on stderr when no Log4j
   * implementation is present; a command line has no use for library logs.
   */
  static void quietLibraryLogging() {
    System.setProperty(
        "log4j2.loggerContextFactory",
        System.getProperty(
            "log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
    System.setProperty(
        "org.apache.logging.log4j.simplelog.level",
        System.getProperty("org.apache.logging.log4j.simplelog.level", "OFF"));
    // PDFBox logs through Commons Logging, which would look for a logging stack (a service search
    // of every jar, then the Log4j API above) only to discard everything: its no-op log instead.
    System.setProperty(
        "org.apache.commons.logging.LogFactory",
        System.getProperty(
            "org.apache.commons.logging.LogFactory",
            "org.apache.commons.logging.impl.LogFactoryImpl"));
    System.setProperty(
        "org.apache.commons.logging.Log",
        System.getProperty(
            "org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog"));
  }

  /** Runs {@code ocn args} in this JVM's environment and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(CliEnvironment.system(), out, err, args);
  }

  /** Runs {@code ocn args} in {@code environment} and returns the exit code. */
  public static int run(
      CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
    Locale locale = chooseLocale(environment, args);
    Cli cli = new Cli(out, err, environment, locale);
    CommandLine commandLine = commandLine(cli, args);
    try {
      return commandLine.execute(args);
    } finally {
      cli.close();
      out.flush();
      err.flush();
    }
  }

  /** The whole configured picocli command tree for {@code cli}. */
  static CommandLine commandLine(Cli cli) {
    return commandLine(cli, SUBCOMMANDS, List.of());
  }

  /**
   * The command tree that {@code args} need: the top-level command they name, built whole, and
   * every other top-level command as a bare name with its one-line description, enough for {@code
   * ocn --help} and for picocli's "did you mean" on a mistyped command. Building the whole tree
   * (about 150 commands, each with its options read by reflection and its resource bundle) took
   * most of the start-up of a short command. {@code ocn completion} needs the whole tree.
   *
   * <p>When {@code args} name a command, the others are not even made bare at first (reading their
   * annotations and resource bundles was most of what was left of the start-up of {@code ocn unit
   * list}): only a usage error of {@code ocn} itself shows them, in the command list under the
   * error. So such an error parses the line again with every bare command added, which prints
   * exactly what it printed before; nothing has run when a line fails to parse.
   */
  static CommandLine commandLine(Cli cli, String... args) {
    Optional<Class<?>> named = named(args);
    if (named.isEmpty()) {
      return commandLine(cli, List.of(), SUBCOMMANDS);
    }
    Class<?> command = named.get();
    if (command == CompletionCommand.class) {
      return commandLine(cli);
    }
    CommandLine alone = commandLine(cli, List.of(command), List.of());
    CommandLine.IParameterExceptionHandler inCommand = alone.getParameterExceptionHandler();
    alone.setParameterExceptionHandler(
        new CommandLine.IParameterExceptionHandler() {
          @Override
          public int handleParseException(CommandLine.ParameterException e, String[] line)
              throws Exception {
            if (e.getCommandLine() != alone) {
              return inCommand.handleParseException(e, line);
            }
            List<Class<?>> bare = new java.util.ArrayList<>(SUBCOMMANDS);
            bare.remove(command);
            return commandLine(cli, List.of(command), bare).execute(line);
          }
        });
    return alone;
  }

  private static CommandLine commandLine(Cli cli, List<Class<?>> built, List<Class<?>> bare) {
    Locale previous = Locale.getDefault();
    CommandLine commandLine;
    try {
      // picocli resolves each command's resource bundle (the annotation's) with the default
      // locale, while the command tree is built.
      Locale.setDefault(cli.locale());
      Factory factory = new Factory(cli);
      commandLine = new CommandLine(new Main(cli), factory);
      for (Class<?> type : SUBCOMMANDS) {
        if (built.contains(type)) {
          commandLine.addSubcommand(new CommandLine(type, factory));
        } else if (bare.contains(type)) {
          commandLine.addSubcommand(bareCommand(type));
        }
      }
    } finally {
      Locale.setDefault(previous);
    }
    commandLine.setOut(cli.out());
    commandLine.setErr(cli.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> failed(cli, e));
    commandLine.setExecutionStrategy(parsed -> execute(cli, parsed));
    return commandLine;
  }

  /**
   * Runs the command the line names, after help if asked for. A command that only groups others
   * ({@code ocn}, {@code ocn unit}, {@code ocn panel member}: it has subcommands and does nothing
   * itself, so it is neither {@link Runnable} nor {@link java.util.concurrent.Callable}) named
   * without one of them is a usage error that lists them: written once here, not in each group.
   */
  private static int execute(Cli cli, CommandLine.ParseResult parsed) {
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    CommandLine.ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandSpec spec = last.commandSpec();
    Object command = spec.userObject();
    if (!spec.subcommands().isEmpty()
        && !(command instanceof Runnable)
        && !(command instanceof java.util.concurrent.Callable)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          last == parsed
              ? cli.text("error.noCommand")
              : cli.text("error.missingSubcommand", names(cli, spec)));
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** The visible subcommands of {@code spec}, as "add, list or chair". */
  private static String names(Cli cli, CommandSpec spec) {
    List<String> names =
        spec.subcommands().values().stream()
            .distinct()
            .filter(c -> !c.getCommandSpec().usageMessage().hidden())
            .map(CommandLine::getCommandName)
            .toList();
    if (names.size() < 2) {
      return String.join("", names);
    }
    return cli.text(
        "list.or",
        String.join(", ", names.subList(0, names.size() - 1)),
        names.get(names.size() - 1));
  }

  /**
   * A stand-in for a top-level command that is not being run: its name and its resource bundle,
   * from which picocli takes the description that {@code ocn --help} lists. It is never executed:
   * {@link #named} finds every top-level command name on the line, so a line that runs one builds
   * it whole.
   */
  private static CommandLine bareCommand(Class<?> type) {
    Command annotation = type.getAnnotation(Command.class);
    CommandSpec spec = CommandSpec.create().name(annotation.name());
    if (!annotation.resourceBundle().isEmpty()) {
      spec.resourceBundleBaseName(annotation.resourceBundle());
    }
    return new CommandLine(spec);
  }

  /**
   * The top-level command {@code args} run: the first argument that is not one of {@code ocn}'s own
   * options (or their values), if it names one.
   */
  static Optional<Class<?>> named(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        return SUBCOMMANDS.stream()
            .filter(c -> c.getAnnotation(Command.class).name().equals(arg))
            .findFirst();
      } else if (arg.equals("--")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int failed(Cli cli, Exception e) {
    if (e instanceof OcnkitException failure) {
      for (String line : failure.describe(cli.locale()).split("\n")) {
        cli.err().println("ocn: " + TerminalText.of(line));
      }
      return ExitCode.of(failure);
    }
    if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
      cli.err().println("ocn: " + cli.text("error.io", String.valueOf(e.getMessage())));
      return ExitCode.ENVIRONMENT;
    }
    cli.err().println("ocn: " + cli.text("error.internal"));
    e.printStackTrace(cli.err());
    return ExitCode.ENVIRONMENT;
  }

  /**
   * The language before parsing, so that help and parse errors are already in it: {@code --lang}
   * anywhere on the line, else {@code OCNKIT_LANG}, else Swedish on a Swedish system, else English.
   */
  static Locale chooseLocale(CliEnvironment environment, String... args) {
    String lang = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        lang = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        lang = args[i].substring("--lang=".length());
      }
    }
    if (lang == null) {
      lang = environment.variables().get("OCNKIT_LANG");
    }
    if (lang == null) {
      lang = Locale.getDefault().getLanguage();
    }
    return "sv".equals(lang) ? Message.SWEDISH : Locale.ENGLISH;
  }

  /** Creates commands, handing {@link Cli} to those whose constructor takes it. */
  private static final class Factory implements CommandLine.IFactory {
    private final Cli cli;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Cli cli) {
      this.cli = cli;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> constructor = type.getDeclaredConstructor(Cli.class);
        constructor.setAccessible(true);
        return constructor.newInstance(cli);
      } catch (NoSuchMethodException e) {
        return fallback.create(type);
      }
    }
  }
}
