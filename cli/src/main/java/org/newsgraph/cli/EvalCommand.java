package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** Groups the scorers that measure newsgraph against gold data in ../shared/data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure accuracy against gold data (dev splits in ../shared/data).",
    subcommands = {EvalSeedCommand.class, EvalTimeCommand.class, EvalNerCommand.class, EvalQuotesCommand.class,
        EvalPetrarchCommand.class, EvalPloverCommand.class, EvalEventsCommand.class, EvalGeoCommand.class,
        EvalFramingCommand.class, EvalHtmlCommand.class, EvalLanguageCommand.class, EvalSyndicationCommand.class})
public final class EvalCommand {}
