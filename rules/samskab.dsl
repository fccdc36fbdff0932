# samskab's rule language: Danish sentences for the article's criteria, and the DRL each one stands for.
#
# A rule in a .dslr file is written with these sentences:
#
#     when
#         Når problemet er identificeret af kommunen
#     then
#         Så tæller det for kommunen som central aktør
#
# A condition may begin with "Når" or, for a further condition, with "og". A line beginning with "- "
# adds a condition to the sentence above it. Each line below is: [condition] or [consequence], the sentence,
# "=", and the DRL it expands to. Braces in the DRL must be written \{ \}. A sentence with no line here is an
# error that `./samskab validate` places at its line.
#
# A "Så tæller det …" sentence adds evidence at the strength the rule's @strength(…) states (defining,
# characteristic or typical; what each weighs is in strengths.drl). A sentence never reads that a fact is
# unknown: a missing fact is no evidence either way.

# --- the process -----------------------------------------------------------------------------------------
[condition][](?:Når|og) processen er samskabelse=CoCreation()
[condition][](?:Når|og) processen er forudsigelig=AxisPosition( axis == "predictability", pole == "predictable" )
[condition][](?:Når|og) processen er uforudsigelig=AxisPosition( axis == "predictability", pole == "unpredictable" )

# --- the result (result_planned_in_advance, executor_decided_in_advance) -----------------------------------
[condition][](?:Når|og) resultatet er planlagt på forhånd=Case( resultPlannedInAdvance == true )
[condition][](?:Når|og) resultatet ikke er planlagt på forhånd=Case( resultPlannedInAdvance == false )
[condition][](?:Når|og) det er afgjort på forhånd, hvem der udfører løsningen=Case( executorDecidedInAdvance == true )
[condition][](?:Når|og) det ikke er afgjort på forhånd, hvem der udfører løsningen=Case( executorDecidedInAdvance == false )

# --- who identifies, initiates, sets goals, carries the responsibility --------------------------------------
[condition][](?:Når|og) problemet er identificeret af kommunen=Case( problemIdentifiedBy == "municipality" )
[condition][](?:Når|og) problemet er identificeret af eksterne aktører=Case( problemIdentifiedBy == "external" )
[condition][](?:Når|og) problemet er identificeret i fællesskab=Case( problemIdentifiedBy == "joint" )
[condition][](?:Når|og) initiativet kom fra kommunen=Case( initiativeFrom == "municipality" )
[condition][](?:Når|og) initiativet kom fra eksterne aktører=Case( initiativeFrom == "external" )
[condition][](?:Når|og) målene sættes af kommunen=Case( goalsSetBy == "municipality" )
[condition][](?:Når|og) målene sættes i fællesskab=Case( goalsSetBy == "joint" )
[condition][](?:Når|og) målene sættes af eksterne aktører=Case( goalsSetBy == "external" )
[condition][](?:Når|og) kommunen bærer hovedansvaret=Case( mainResponsibility == "municipality" )
[condition][](?:Når|og) hovedansvaret er delt=Case( mainResponsibility == "shared" )
[condition][](?:Når|og) eksterne aktører bærer hovedansvaret=Case( mainResponsibility == "external" )

# --- how staff see themselves (municipal_role) --------------------------------------------------------------
[condition][](?:Når|og) medarbejderne er myndighedsudøvende=Case( municipalRole == "authority" )
[condition][](?:Når|og) medarbejderne er målsættende og motiverende=Case( municipalRole == "goal-setter" )
[condition][](?:Når|og) medarbejderne deltager som ligeværdige=Case( municipalRole == "equal-participant" )
[condition][](?:Når|og) medarbejderne er procesfacilitatorer=Case( municipalRole == "facilitator" )

# --- how citizens are positioned (citizens_positioned_as) ---------------------------------------------------
[condition][](?:Når|og) borgerne positioneres som klienter, patienter eller servicemodtagere=Case( citizensPositionedAs in ( "client", "patient", "service-recipient" ) )
[condition][](?:Når|og) borgerne positioneres som ressourcer=Case( citizensPositionedAs == "resource" )
[condition][](?:Når|og) borgerne positioneres som partnere=Case( citizensPositionedAs == "partner" )
[condition][](?:Når|og) borgerne positioneres som initiativtagere=Case( citizensPositionedAs == "initiator" )

# --- the tracks the article names ---------------------------------------------------------------------------
[condition][](?:Når|og) parterne kun høres om et færdigt forslag=Case( hearingOnFinishedProposal == true )
[condition][](?:Når|og) målet er hjælp til selvhjælp=Case( helpToSelfHelp == true )
[condition][](?:Når|og) det er frivillighedssporet=Case( volunteerTrack == true )
[condition][](?:Når|og) kommunen faciliterer et eksternt initiativ=Case( facilitatesExternalInitiative == true )
[condition][](?:Når|og) parterne skal blive selvkørende=Case( partnersToBecomeSelfRunning == true )
[condition][](?:Når|og) processen har et formelt beslutningsmandat=Case( decisionMandate == "formal" )
[condition][](?:Når|og) kommunen kun bidrager med rammer og faciliteter=Case( $bidrag : municipalContribution != null, municipalContribution.size() > 0 ) and not String( this not in ( "premises", "materials", "land", "expertise", "process-facilitation", "safety-and-operations" ) ) from $bidrag

# --- what the partners take part in (partners_take_part_in) --------------------------------------------------
[condition][](?:Når|og) parterne deltager i initiativet=Case( partnersTakePartIn contains "initiative" )
[condition][](?:Når|og) parterne deltager i designet af løsningen=Case( partnersTakePartIn contains "solution-design" )
[condition][](?:Når|og) parterne deltager i udførelsen=Case( partnersTakePartIn contains "execution" )
[condition][]- og selv har været med til at designe, beslutte eller tage initiativ til den=partnersTakePartIn contains "solution-design" || partnersTakePartIn contains "decision" || partnersTakePartIn contains "initiative" || initiativeFrom == "external"
[condition][]- men hverken i designet af løsningen, beslutningen eller initiativet=partnersTakePartIn not contains "solution-design", partnersTakePartIn not contains "decision", partnersTakePartIn not contains "initiative"

# --- the type --------------------------------------------------------------------------------------------------
[condition][](?:Når|og) processen er styret samskabelse=Classification( type == "steered" )
[condition][](?:Når|og) processen er ansvarliggørende samskabelse=Classification( type == "responsibilising" )
[condition][](?:Når|og) processen er ligeværdig samskabelse=Classification( type == "equal" )
[condition][](?:Når|og) processen er faciliterende samskabelse=Classification( type == "facilitating" )

# --- conclusions -------------------------------------------------------------------------------------------
[consequence][]Så tæller det for en forudsigelig proces=insert( new Evidence( drools.getRule(), "predictability", "predictable" ) );
[consequence][]Så tæller det for en uforudsigelig proces=insert( new Evidence( drools.getRule(), "predictability", "unpredictable" ) );
[consequence][]Så tæller det for kommunen som central aktør=insert( new Evidence( drools.getRule(), "central-actor", "municipality" ) );
[consequence][]Så tæller det for eksterne aktører som centrale aktører=insert( new Evidence( drools.getRule(), "central-actor", "external" ) );
[consequence][]Så tæller det i en uforudsigelig proces for kommunen som central aktør=insert( new Evidence( drools.getRule(), "central-actor", "municipality", "unpredictable" ) );
[consequence][]Så tæller det i en uforudsigelig proces for eksterne aktører som centrale aktører=insert( new Evidence( drools.getRule(), "central-actor", "external", "unpredictable" ) );
[consequence][]Så er medarbejderen definerende og besluttende og sidder for bordenden=insert( new EmployeeRole( "defining-and-deciding", "at-the-head" ) );
[consequence][]Så er medarbejderen målsættende og motiverende og styrer fra sin plads ved bordet=insert( new EmployeeRole( "goal-setting-and-motivating", "at-the-table-steering" ) );
[consequence][]Så er medarbejderen ligeværdig deltager ved et bord uden bordende=insert( new EmployeeRole( "equal-participant", "at-the-table-no-head" ) );
[consequence][]Så er medarbejderen facilitator og står ved siden af bordet=insert( new EmployeeRole( "facilitator", "beside-the-table" ) );
[consequence][]Så er parterne co-initiators=insert( new CitizenRole( "co-initiator" ) );
[consequence][]Så er parterne co-designers=insert( new CitizenRole( "co-designer" ) );
[consequence][]Så er parterne co-producers=insert( new CitizenRole( "co-producer" ) );
[consequence][]Så er parterne co-implementers=insert( new CitizenRole( "co-implementer" ) );
