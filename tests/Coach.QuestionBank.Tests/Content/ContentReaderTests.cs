using Coach.QuestionBank.Content;
using Coach.Tests;

namespace Coach.QuestionBank.Tests.Content;

public sealed class ContentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_unreadable_deck_is_a_problem_of_its_own_and_the_others_load()
    {
        _folder.Write("good.md", "## T\n\n### 1. Q?\nA.\n");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "gone.md"), Path.Combine(_folder.Path, "nowhere.md"));

        var content = await ContentReader.ReadAsync(_folder.Path, CancellationToken.None);

        content.Decks.Single(d => d.Id == "good").Questions.Count.ShouldBe(1);
        var problem = content.Problems.ShouldHaveSingleItem();
        problem.File.ShouldEndWith("gone.md");
        problem.Message.ShouldStartWith("unreadable file");
    }

    [Fact]
    public async Task A_missing_folder_is_a_problem_not_an_exception()
    {
        var content = await ContentReader.ReadAsync(Path.Combine(_folder.Path, "absent"), CancellationToken.None);
        content.Problems.ShouldHaveSingleItem().Message.ShouldBe("no such content folder or deck file");
    }

    [Fact]
    public async Task A_single_deck_file_can_be_read_on_its_own()
    {
        var file = _folder.Write("one.md", "## T\n\n### 4. Q?\nA.\n");
        var content = await ContentReader.ReadAsync(file, CancellationToken.None);
        content.Decks.ShouldHaveSingleItem().Questions.ShouldHaveSingleItem().Id.ToString().ShouldBe("one/4");
    }

    [Fact]
    public async Task Files_other_than_decks_and_synonyms_are_ignored()
    {
        _folder.Write("notes.txt", "### 1. not a deck");
        _folder.Write("README", "nothing");
        var content = await ContentReader.ReadAsync(_folder.Path, CancellationToken.None);
        content.Decks.ShouldBeEmpty();
        content.Problems.ShouldBeEmpty();
    }

    public void Dispose() => _folder.Dispose();
}
