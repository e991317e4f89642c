namespace MuscleKnotGuide.Web.CheckIns;

public enum MethodEffect
{
    MadeWorse = 0,
    NoChange = 1,
    HelpedALittle = 2,
    HelpedALot = 3,
}
