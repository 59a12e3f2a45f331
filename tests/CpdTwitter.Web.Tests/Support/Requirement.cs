namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// Tests that need chromium or PostgreSQL skip with a clear reason when it is missing — unless CI asks for
/// them (REQUIRE_BROWSER=1 / REQUIRE_POSTGRES=1), where a missing dependency is a failure, not a skip.
/// </summary>
public static class Requirement
{
    public static void Need(bool available, string requiredByVariable, string reason)
    {
        if (available)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(requiredByVariable) == "1")
        {
            Assert.Fail($"{reason} ({requiredByVariable}=1, so this is a failure, not a skip)");
        }

        Assert.Skip(reason);
    }
}
