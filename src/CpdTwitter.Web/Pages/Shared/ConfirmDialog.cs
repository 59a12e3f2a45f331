namespace CpdTwitter.Web.Pages;

/// <summary>
/// What a native confirmation &lt;dialog&gt; asks (_ConfirmDialog.cshtml, opened by wwwroot/js/confirm-dialog.js for the
/// form whose data-confirm names it), and the words of the "Yes, …" checkbox the form carries for browsers without script.
/// </summary>
public sealed record ConfirmDialog(string Id, string Question, string Consequence, string ConfirmLabel, string KeepLabel)
{
    /// <summary>Discontinuing a published posting, or cancelling one not yet sent.</summary>
    public static ConfirmDialog ForDiscontinue(string id, bool notYetSent, bool sandbox) => notYetSent
        ? new(id, "Cancel this post?", "It will not go out. Its record is kept with the reason.", "Cancel the post", "Keep it queued")
        : new(id, "Discontinue this posting?", sandbox
            ? "It is a sandbox posting (never sent to X): it is marked discontinued and its record is kept with the reason."
            : "It is deleted from X. Its record is kept here with the reason. This cannot be undone.", "Discontinue", "Keep it published");

    /// <summary>The checkbox's words: the same consent the dialog asks for.</summary>
    public string CheckboxLabel => $"Yes, {char.ToLowerInvariant(ConfirmLabel[0])}{ConfirmLabel[1..]}. {Consequence}";

    /// <summary>The message when the form was sent without the confirmation.</summary>
    public string Missing => $"Tick \"Yes, {char.ToLowerInvariant(ConfirmLabel[0])}{ConfirmLabel[1..]}\" to confirm.";
}
