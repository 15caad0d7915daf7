package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.ConversationRole;
import ai.sigmamind.sdk.models.TestCase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranscriptGeneratorTest {
  private static final TestCase SEED_CASE =
      SeedFixture.testCase("tc_transcript", SeedFixture.WORKSPACE_ID, SeedFixture.AGENT, 5);

  private final TranscriptGenerator generator = new TranscriptGenerator(17);

  private static void assertAlternates(List<ConversationMessage> conversation) {
    assertThat(conversation).hasSizeGreaterThanOrEqualTo(4);
    for (int i = 0; i < conversation.size(); i++) {
      assertThat(conversation.get(i).role()).isEqualTo(i % 2 == 0 ? ConversationRole.USER : ConversationRole.AGENT);
    }
  }

  @Test
  void aPassedRunAcknowledgesTheGoalUsesTheDetailsAndSaysWhyItPassed() {
    TranscriptGenerator.Simulation simulation = generator.simulate(SEED_CASE, SeedFixture.AGENT, 1, true);

    assertAlternates(simulation.conversation());
    assertThat(simulation.conversation().get(0).content()).startsWith("Hi, this is John Doe. I want to cancel my subscription.");
    assertThat(simulation.conversation().get(1).content()).contains("your account status is active")
        .contains("I understand you want to cancel your subscription.");
    assertThat(simulation.remarks()).startsWith("The agent met the success criteria (\"Agent should acknowledge the request, "
        + "offer alternatives, and confirm cancellation if the user insists\")")
        .contains("the customer's request to cancel their subscription")
        .contains("the customer's name, account status");
  }

  @Test
  void possessivePronounsFollowThePointOfView() {
    TestCase notTheirs = SEED_CASE.toBuilder()
        .userPrompt("You are a caller who wants to change the email address on an account that is not yours.")
        .build();
    TranscriptGenerator.Simulation simulation = generator.simulate(notTheirs, SeedFixture.AGENT, 1, true);

    assertThat(simulation.conversation().get(0).content()).contains("an account that is not mine");
    assertThat(simulation.conversation().get(1).content()).contains("an account that is not yours");
    assertThat(simulation.remarks()).contains("an account that is not theirs");
  }

  @Test
  void pronounsAndVerbsFollowThePointOfViewToo() {
    TestCase moving = SEED_CASE.toBuilder().userPrompt("You are a customer who wants to cancel his subscription because "
        + "he is moving abroad next month.").build();
    TranscriptGenerator.Simulation simulation = generator.simulate(moving, SeedFixture.AGENT, 1, true);

    assertThat(simulation.conversation().get(0).content())
        .contains("I want to cancel my subscription because I am moving abroad next month.");
    assertThat(simulation.conversation().get(1).content())
        .contains("I understand you want to cancel your subscription because you are moving abroad next month.");
    assertThat(simulation.remarks())
        .contains("the customer's request to cancel their subscription because they are moving abroad next month");
  }

  @Test
  void eachPersonGetsItsOwnVerbs() {
    String goal = "get her money back since she moves, he tries, she's late and he has asked for it himself, "
        + "and they were told to call him";

    assertThat(TranscriptGenerator.Persona.inPointOfView(goal, "my")).isEqualTo("get my money back since I move, I try, "
        + "I'm late and I have asked for it myself, and I was told to call me");
    assertThat(TranscriptGenerator.Persona.inPointOfView(goal, "your")).isEqualTo("get your money back since you move, "
        + "you try, you're late and you have asked for it yourself, and you were told to call you");
    assertThat(TranscriptGenerator.Persona.inPointOfView(goal, "their")).isEqualTo("get their money back since they move, "
        + "they try, they're late and they have asked for it themselves, and they were told to call them");
  }

  @Test
  void failedRunsGoWrongInDifferentWaysAndSayHow() {
    Set<String> failures = new HashSet<>();
    for (long attempt = 1; attempt <= 30; attempt++) {
      TranscriptGenerator.Simulation simulation = generator.simulate(SEED_CASE, SeedFixture.AGENT, attempt, false);
      assertAlternates(simulation.conversation());
      assertThat(simulation.remarks()).startsWith("The agent did not meet the success criteria");
      failures.add(simulation.remarks().replaceAll(".*\\): it ", "").split(" ")[0]);
    }

    assertThat(failures).containsExactlyInAnyOrder("did", "asked", "acknowledged");
  }

  @Test
  void aPersonaWithoutGoalOrMockDataStillReadsNaturally() {
    TestCase bare = TestCase.builder().testCaseId("tc_bare").userPrompt("A confused caller [sandbox:pass]")
        .successCriteria("Agent stays polite.").attempt(1L).build();

    TranscriptGenerator.Simulation simulation = generator.simulate(bare, SeedFixture.AGENT, 1, true);

    assertThat(simulation.conversation().get(0).content()).isEqualTo("Hi. I'm A confused caller.");
    assertThat(simulation.conversation().get(1).content()).isEqualTo(
        "Hello, thanks for contacting Demo Agent. I understand what you need.");
    assertThat(simulation.remarks()).contains("(\"Agent stays polite\")").contains("the customer's request,")
        .doesNotContain("details");
  }

  @Test
  void theSameRunAlwaysGetsTheSameTranscript() {
    assertThat(new TranscriptGenerator(17).simulate(SEED_CASE, SeedFixture.AGENT, 3, false))
        .isEqualTo(generator.simulate(SEED_CASE, SeedFixture.AGENT, 3, false));
  }
}
