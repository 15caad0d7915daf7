package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.ConversationRole;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plausible simulated conversation for one run, and the judge's remarks explaining the
 * verdict against the success criteria. Built from the test case's persona (its goal, its tone)
 * and mock data (the customer's name, the other variables the agent should use); phrasing varies
 * per (seed, test case, attempt) and is otherwise deterministic.
 */
final class TranscriptGenerator {
  /** The transcript and the judge's remarks of one completed run. */
  record Simulation(List<ConversationMessage> conversation, String remarks) {
  }

  /** How a failing agent goes wrong; one per failed run, drawn from the run's stream. */
  private enum Failure { OFF_TOPIC, IGNORED_DETAILS, ENDED_EARLY }

  private static final Pattern GOAL = Pattern.compile(
      "\\bwho (?:wants|would like|needs|is trying|tries) to ([^.!?]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YOU_ARE = Pattern.compile("^you are\\s+([^.!?]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE = Pattern.compile("\\b(his|her|their|my|your)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("\\b(hers|theirs|mine|yours)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REFLEXIVE = Pattern.compile("\\b(himself|herself|themselves|themself)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OBJECT = Pattern.compile(
      "\\b(him|her)\\b(?=\\s*$|[,;:]|\\s+(?:to|with|for|and|or|because|in|on|at|a|an|the|by|from|about|back|up|out|"
      + "since|so|when|if|as|before|after)\\b)", Pattern.CASE_INSENSITIVE);
  /** A subject pronoun and its verb: a contraction, or the next word after any of a few adverbs. */
  private static final Pattern SUBJECT = Pattern.compile("\\b(he|she|they)(?:('s|'re)\\b|(\\s+(?:(?:always|also|often|"
      + "never|just|really|still|usually|sometimes|now|recently|already|soon)\\s+)*)([a-z]+)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPATIENT =
      Pattern.compile("\\b(angry|upset|frustrated|annoyed|furious|impatient|irritated)\\b", Pattern.CASE_INSENSITIVE);

  private final long seed;

  TranscriptGenerator(long seed) {
    this.seed = seed;
  }

  Simulation simulate(TestCase testCase, AgentSummary agent, long attempt, boolean passed) {
    SplittableRandom random = Seeds.random(seed, "transcript", testCase.testCaseId(), attempt);
    Persona persona = Persona.of(testCase);
    String agentName = agent.name() == null ? "our support team" : agent.name();
    List<ConversationMessage> conversation = new ArrayList<>();
    user(conversation, persona.opening(random));
    if (passed) {
      agent(conversation, persona.greeting(agentName) + persona.acknowledgement());
      user(conversation, persona.impatient() ? "Then get it done, please." : "Great, can you go ahead?");
      agent(conversation, pick(random,
          "Of course. It's done, and I've noted it on your account. You'll get a confirmation shortly.",
          "Certainly. I've taken care of that for you, and a confirmation is on its way.",
          "Done. Everything is processed and recorded on your account."));
      user(conversation, "Thanks, that's all I needed.");
      agent(conversation, "You're welcome" + persona.name(", ") + ". Have a great day!");
      return new Simulation(conversation, persona.passRemarks(random));
    }
    Failure failure = Failure.values()[random.nextInt(Failure.values().length)];
    switch (failure) {
      case OFF_TOPIC -> {
        agent(conversation, persona.greeting(agentName) + "Have you heard about our latest offers?");
        user(conversation, "No. I told you what I need" + persona.goalSentence("my", ": I want to ") + ".");
        agent(conversation, "I'm sorry, I can't help with that here. Is there anything else I can do for you?");
      }
      case IGNORED_DETAILS -> {
        agent(conversation, "Hello, thanks for contacting " + agentName + ". Before anything else, "
            + "could you give me your name and your account details?");
        String facts = persona.facts();
        user(conversation, "You already have them" + (facts.isEmpty() ? "." : ": " + facts + "."));
        agent(conversation, "I'm afraid I can't find anything. Please call back later.");
      }
      case ENDED_EARLY -> {
        agent(conversation, persona.greeting(agentName) + persona.acknowledgement());
        user(conversation, "So, is it done?");
        agent(conversation, "Let me transfer you to another department. Goodbye.");
      }
    }
    return new Simulation(conversation, persona.failRemarks(failure));
  }

  private static void user(List<ConversationMessage> conversation, String content) {
    conversation.add(ConversationMessage.builder().role(ConversationRole.USER).content(content).build());
  }

  private static void agent(List<ConversationMessage> conversation, String content) {
    conversation.add(ConversationMessage.builder().role(ConversationRole.AGENT).content(content).build());
  }

  private static String pick(SplittableRandom random, String... options) {
    return options[random.nextInt(options.length)];
  }

  /** What the transcript needs to know about the simulated customer. */
  record Persona(@Nullable String name, List<MockDataVariable> details, @Nullable String goal, String self,
      String criteria, boolean impatient) {
    static Persona of(TestCase testCase) {
      String prompt = Marker.strip(testCase.userPrompt() == null ? "" : testCase.userPrompt());
      String criteria = Marker.strip(testCase.successCriteria() == null ? "" : testCase.successCriteria())
          .replaceAll("[.\\s]+$", "");
      String name = null;
      List<MockDataVariable> details = new ArrayList<>();
      for (MockDataVariable variable : testCase.mockData()) {
        if (name == null && variable.variableName().toLowerCase(Locale.ROOT).contains("name")) {
          name = variable.value();
        } else {
          details.add(variable);
        }
      }
      Matcher goal = GOAL.matcher(prompt);
      Matcher youAre = YOU_ARE.matcher(prompt);
      String self = youAre.find() ? youAre.group(1).trim() : prompt.replaceAll("[.!?\\s]+$", "");
      return new Persona(name, details, goal.find() ? goal.group(1).trim() : null, self, criteria,
          IMPATIENT.matcher(prompt).find());
    }

    String opening(SplittableRandom random) {
      String hello = name == null ? "Hi." : "Hi, this is " + name + ".";
      String need = goal != null
          ? " I want to " + goalIn("my") + "."
          : self.isEmpty() ? " I need some help." : " I'm " + self + ".";
      String mood = impatient
          ? " " + pick(random, "I've been waiting far too long for this.", "This is the third time I'm asking.",
              "I don't have all day.")
          : "";
      return hello + need + mood;
    }

    String greeting(String agentName) {
      String details = this.details.isEmpty() ? "" : "I can see that " + detailSentence("your") + ". ";
      return "Hello" + name(" ") + ", thanks for contacting " + agentName + ". " + details;
    }

    String acknowledgement() {
      return goal == null ? "I understand what you need." : "I understand you want to " + goalIn("your") + ".";
    }

    /** The customer's name after {@code separator}, or nothing when the mock data has no name. */
    String name(String separator) {
      return name == null ? "" : separator + name;
    }

    /** {@code prefix + goal} when the persona states a goal, otherwise nothing. */
    String goalSentence(String possessive, String prefix) {
      return goal == null ? "" : prefix + goalIn(possessive);
    }

    /** "my name is John Doe and my account status is active": everything the mock data tells. */
    String facts() {
      String details = detailSentence("my");
      if (name == null) {
        return details;
      }
      return "my name is " + name + (details.isEmpty() ? "" : " and " + details);
    }

    /** "your account status is active and your plan is premium". */
    String detailSentence(String possessive) {
      return details.stream()
          .map(variable -> possessive + " " + words(variable.variableName()) + " is " + variable.value())
          .collect(Collectors.joining(" and "));
    }

    String passRemarks(SplittableRandom random) {
      String usedDetails = details.isEmpty() && name == null
          ? ""
          : "used the details it had (" + variableNames() + "), ";
      return "The agent met the success criteria" + quotedCriteria() + ": it acknowledged " + request() + ", "
          + usedDetails + pick(random, "kept the conversation on track", "stayed polite and focused")
          + " and confirmed the outcome before ending the conversation.";
    }

    String failRemarks(Failure failure) {
      String how = switch (failure) {
        case OFF_TOPIC -> "did not address " + request() + " and steered the conversation to unrelated offers";
        case IGNORED_DETAILS -> "asked again for details it already had"
            + (details.isEmpty() && name == null ? "" : " (" + variableNames() + ")")
            + " and never resolved " + request();
        case ENDED_EARLY -> "acknowledged " + request()
            + " but transferred the customer away without confirming any outcome";
      };
      return "The agent did not meet the success criteria" + quotedCriteria() + ": it " + how + ".";
    }

    private String request() {
      return goal == null ? "the customer's request" : "the customer's request to " + goalIn("their");
    }

    private String quotedCriteria() {
      return criteria.isEmpty() ? "" : " (\"" + criteria + "\")";
    }

    private String variableNames() {
      List<String> names = new ArrayList<>();
      if (name != null) {
        names.add("the customer's name");
      }
      details.forEach(variable -> names.add(words(variable.variableName())));
      return String.join(", ", names);
    }

    /**
     * The persona's goal told from another point of view: "his subscription" and "an account that
     * is not yours" become "my subscription" and "an account that is not mine".
     */
    private String goalIn(String possessive) {
      return inPointOfView(goal == null ? "" : goal, possessive);
    }

    /**
     * {@code text} about the customer in the third person ("cancel his subscription because he is
     * moving") told by the customer ({@code my}: "cancel my subscription because I am moving"), to
     * them ({@code your}: "... you are moving") or about them ({@code their}: "... they are moving"),
     * pronouns and verbs alike.
     */
    static String inPointOfView(String text, String possessive) {
      boolean first = possessive.equals("my");
      String subject = first ? "I" : possessive.equals("your") ? "you" : "they";
      String object = first ? "me" : possessive.equals("your") ? "you" : "them";
      String told = REFLEXIVE.matcher(text).replaceAll(first ? "myself" : possessive.equals("your") ? "yourself" : "themselves");
      told = OBJECT.matcher(told).replaceAll(object);
      told = SUBJECT.matcher(told).replaceAll(match -> Matcher.quoteReplacement(subject + (match.group(2) != null
          ? (first ? "'m" : "'re")
          : match.group(3) + verb(match.group(4), match.group(1).equalsIgnoreCase("they"), first))));
      told = POSSESSIVE.matcher(told).replaceAll(possessive);
      return POSSESSIVE_PRONOUN.matcher(told).replaceAll(first ? "mine" : possessive + "s");
    }

    /** {@code verb} agreeing with "I" ({@code first}) or "you"/"they", said before of "he"/"she", or of "they" when {@code plural}. */
    private static String verb(String verb, boolean plural, boolean first) {
      String lower = verb.toLowerCase(Locale.ROOT);
      if (plural) {
        return !first ? verb : lower.equals("are") ? "am" : lower.equals("were") ? "was" : verb;
      }
      return switch (lower) {
        case "is" -> first ? "am" : "are";
        case "was" -> first ? "was" : "were";
        case "has" -> "have";
        case "does" -> "do";
        default -> lower.endsWith("ies") && lower.length() > 4 ? verb.substring(0, verb.length() - 3) + "y"
            : lower.matches(".*(ss|sh|ch|x|z|o)es") ? verb.substring(0, verb.length() - 2)
            : lower.endsWith("s") && !lower.endsWith("ss") ? verb.substring(0, verb.length() - 1)
            : verb;
      };
    }

    /** {@code account_status} and {@code accountStatus} both read "account status". */
    private static String words(String variableName) {
      return variableName.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ')
          .toLowerCase(Locale.ROOT).trim();
    }
  }
}
