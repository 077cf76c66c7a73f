namespace Publisher.Bench.Corpus;

/// <summary>
/// The words the synthetic documents are made of. Names are invented (no real person's words are put in anyone's
/// mouth); the phrasing follows the seeds' diplomatic register so that parsing and rendering see realistic text.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] AmericanNames =
    [
        "Ashford", "Bellamy", "Carrow", "Danvers", "Ellery", "Fenwick", "Garland", "Halloway", "Ingram", "Jessop",
        "Kendrick", "Lowell", "Merriman", "Norcott", "Osgood", "Prescott", "Quimby", "Radcliffe", "Stanhope", "Thornton",
    ];

    public static readonly string[] SovietNames =
    [
        "Arbatov", "Belousov", "Chernov", "Demin", "Egorov", "Fedorin", "Golubev", "Ilyin", "Kalinin", "Lebedev",
        "Maslov", "Nikitin", "Orlov", "Petrov", "Rodionov", "Sobolev", "Tarasov", "Uvarov", "Volkov", "Zotov",
    ];

    public static readonly string[] AmericanTitles = ["Ambassador", "Secretary", "DAS", "Mr.", "Counselor", "General"];

    public static readonly string[] SovietTitles = ["Deputy ForMin", "Ambassador", "DCM", "Marshal", "Second Secretary", "Minister"];

    public static readonly string[] Topics =
    [
        "Nuclear and Space Talks", "Regional Issues", "Bilateral Affairs", "Human Rights", "Conventional Forces",
        "Chemical Weapons", "Nuclear Testing", "Cultural Exchanges", "Trade and Economics", "Summit Preparations",
        "Verification", "Consular Matters", "Afghanistan", "Southern Africa", "Central America", "Space Cooperation",
    ];

    public static readonly string[] Places = ["Washington", "Moscow", "Geneva", "Reykjavik", "Vienna", "Helsinki", "Stockholm"];

    public static readonly string[] Subjects =
    [
        "the agenda", "the next round", "the ministerial meeting", "verification", "the summit", "the joint statement",
        "the working groups", "the experts' meeting", "the reductions", "the interim agreement", "the schedule",
        "the President's letter", "the General Secretary's proposal", "the ABM Treaty", "the testing limits",
    ];

    public static readonly string[] Verbs =
    [
        "said", "noted", "stressed", "recalled", "replied", "observed", "suggested", "added", "emphasized", "asked whether",
    ];

    public static readonly string[] Clauses =
    [
        "the two sides should not lose the momentum of the last meeting",
        "progress required concrete steps rather than general statements",
        "the experts could meet in small groups before the ministers convened",
        "neither side could accept an agreement that could not be verified",
        "a package approach would only delay the practical results both leaders wanted",
        "the timetable for the working groups was very tight",
        "his government had studied the proposal carefully and would answer in writing",
        "public opinion in Europe was watching the negotiations closely",
        "the question of compliance had to be settled before any new commitments",
        "it was important not to let propaganda displace serious work",
        "the delegations should report to the ministers by the end of the month",
        "there was common ground on the principle of deep reductions",
        "the schedule of visits could be adjusted if the substance required it",
        "the leaders expected a frank exchange rather than a repetition of known positions",
    ];

    public static readonly string[] Insertions = ["[for the failure]", "[the belief]", "[authorities]", "[in the original]", "[illegible]"];

    public static readonly string[] Archives =
    [
        "Department of State, Central Foreign Policy File", "Reagan Library, Matlock Files", "Department of State, S/S Files",
        "National Security Council, Executive Secretariat Files",
    ];
}
