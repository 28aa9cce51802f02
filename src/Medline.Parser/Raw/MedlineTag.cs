namespace Medline.Parser;

/// <summary>
/// Every tag the MEDLINE/PubMed format is known to use: the 94 documented by NLM, the observed <c>COIS</c> and
/// <c>CDAT</c>, <c>KW</c> from non-NLM producers, ERIC's <c>ISSN</c> and the 17 legacy MEDLARS tags. Any other tag reads as
/// <see cref="Unknown"/> and is kept with its text (see <see cref="MedlineField.Tag"/>).
/// </summary>
public enum MedlineTag
{
    /// <summary>A tag that is not in this registry; its text is in <see cref="MedlineField.Tag"/>.</summary>
    Unknown = 0,

    /// <summary><c>PMID</c>: PubMed unique identifier.</summary>
    Pmid,

    /// <summary><c>OWN</c>: Owner of the citation (NLM, NASA, PIP, KIE, HSR, HMD, NOTNLM; ERIC in ERIC exports).</summary>
    Own,

    /// <summary><c>STAT</c>: NLM processing status (MEDLINE, PubMed-not-MEDLINE, In-Process, In-Data-Review, Publisher, OLDMEDLINE).</summary>
    Stat,

    /// <summary><c>DCOM</c>: Date completed, YYYYMMDD.</summary>
    Dcom,

    /// <summary><c>LR</c>: Date last revised, YYYYMMDD.</summary>
    Lr,

    /// <summary><c>DA</c>: Date created, YYYYMMDD (legacy, dropped around 2016).</summary>
    Da,

    /// <summary><c>CRDT</c>: Create date, YYYY/MM/DD HH:MM.</summary>
    Crdt,

    /// <summary><c>EDAT</c>: Entrez date, YYYY/MM/DD HH:MM.</summary>
    Edat,

    /// <summary><c>MHDA</c>: MeSH date, YYYY/MM/DD HH:MM.</summary>
    Mhda,

    /// <summary><c>PHST</c>: Publication history status date, YYYY/MM/DD HH:MM [status].</summary>
    Phst,

    /// <summary><c>PST</c>: Publication status (ppublish, epublish, aheadofprint).</summary>
    Pst,

    /// <summary><c>DEP</c>: Date of electronic publication, YYYYMMDD.</summary>
    Dep,

    /// <summary><c>PMC</c>: PubMed Central identifier (PMCnnnn).</summary>
    Pmc,

    /// <summary><c>PMCR</c>: PMC release date, YYYY/MM/DD.</summary>
    Pmcr,

    /// <summary><c>MID</c>: Manuscript identifier (NIHMS…, EMS…).</summary>
    Mid,

    /// <summary><c>OID</c>: Other identifier, SOURCE: id.</summary>
    Oid,

    /// <summary><c>JID</c>: NLM unique identifier of the journal.</summary>
    Jid,

    /// <summary><c>AID</c>: Article identifier, id [type].</summary>
    Aid,

    /// <summary><c>LID</c>: Location identifier, id [type].</summary>
    Lid,

    /// <summary><c>IS</c>: ISSN with its kind, NNNN-NNNN (Print|Electronic|Linking).</summary>
    Is,

    /// <summary><c>TA</c>: Journal title abbreviation.</summary>
    Ta,

    /// <summary><c>JT</c>: Journal title.</summary>
    Jt,

    /// <summary><c>PL</c>: Place of publication.</summary>
    Pl,

    /// <summary><c>VI</c>: Volume.</summary>
    Vi,

    /// <summary><c>IP</c>: Issue.</summary>
    Ip,

    /// <summary><c>DP</c>: Date of publication.</summary>
    Dp,

    /// <summary><c>PG</c>: Pagination.</summary>
    Pg,

    /// <summary><c>SO</c>: Source: the composite citation string.</summary>
    So,

    /// <summary><c>PUBM</c>: Publishing model (legacy).</summary>
    Pubm,

    /// <summary><c>TI</c>: Title.</summary>
    Ti,

    /// <summary><c>TT</c>: Transliterated title.</summary>
    Tt,

    /// <summary><c>AB</c>: Abstract.</summary>
    Ab,

    /// <summary><c>CI</c>: Copyright information.</summary>
    Ci,

    /// <summary><c>OAB</c>: Other abstract, TYPE: text.</summary>
    Oab,

    /// <summary><c>OABL</c>: Other abstract language.</summary>
    Oabl,

    /// <summary><c>OCI</c>: Other copyright information.</summary>
    Oci,

    /// <summary><c>COIS</c>: Conflict of interest statement (as exported).</summary>
    Cois,

    /// <summary><c>COI</c>: Conflict of interest statement (as named in the PubMed Help table).</summary>
    Coi,

    /// <summary><c>GN</c>: General note.</summary>
    Gn,

    /// <summary><c>RF</c>: Number of references.</summary>
    Rf,

    /// <summary><c>LA</c>: Language.</summary>
    La,

    /// <summary><c>PT</c>: Publication type.</summary>
    Pt,

    /// <summary><c>FAU</c>: Full author name, Last, Given.</summary>
    Fau,

    /// <summary><c>AU</c>: Author, Last Initials.</summary>
    Au,

    /// <summary><c>AUID</c>: Author identifier, SOURCE: id (ORCID).</summary>
    Auid,

    /// <summary><c>AD</c>: Affiliation of the preceding author.</summary>
    Ad,

    /// <summary><c>CN</c>: Corporate author.</summary>
    Cn,

    /// <summary><c>IR</c>: Investigator.</summary>
    Ir,

    /// <summary><c>FIR</c>: Full investigator name.</summary>
    Fir,

    /// <summary><c>IRAD</c>: Investigator affiliation.</summary>
    Irad,

    /// <summary><c>ED</c>: Editor.</summary>
    Ed,

    /// <summary><c>FED</c>: Full editor name.</summary>
    Fed,

    /// <summary><c>PS</c>: Personal name as subject.</summary>
    Ps,

    /// <summary><c>FPS</c>: Full personal name as subject.</summary>
    Fps,

    /// <summary><c>MH</c>: MeSH heading, Descriptor/qualifier with * for major topics.</summary>
    Mh,

    /// <summary><c>OTO</c>: Other term owner.</summary>
    Oto,

    /// <summary><c>OT</c>: Other term (keyword).</summary>
    Ot,

    /// <summary><c>RN</c>: Registry number or EC number, NUMBER (name).</summary>
    Rn,

    /// <summary><c>NM</c>: Substance name (supplementary concept).</summary>
    Nm,

    /// <summary><c>SB</c>: Citation subset.</summary>
    Sb,

    /// <summary><c>SI</c>: Secondary source identifier, DATABANK/accession.</summary>
    Si,

    /// <summary><c>GS</c>: Gene symbol.</summary>
    Gs,

    /// <summary><c>GR</c>: Grant, number/acronym/agency/country.</summary>
    Gr,

    /// <summary><c>SFM</c>: Space flight mission.</summary>
    Sfm,

    /// <summary><c>BTI</c>: Book title.</summary>
    Bti,

    /// <summary><c>CTI</c>: Collection title.</summary>
    Cti,

    /// <summary><c>VTI</c>: Volume title.</summary>
    Vti,

    /// <summary><c>CP</c>: Chapter.</summary>
    Cp,

    /// <summary><c>EN</c>: Edition.</summary>
    En,

    /// <summary><c>ISBN</c>: ISBN.</summary>
    Isbn,

    /// <summary><c>PB</c>: Publisher.</summary>
    Pb,

    /// <summary><c>CTDT</c>: Contribution date, YYYYMMDD.</summary>
    Ctdt,

    /// <summary><c>DRDT</c>: Date revised (books), YYYYMMDD.</summary>
    Drdt,

    /// <summary><c>CDAT</c>: Undocumented create date seen in Bookshelf records.</summary>
    Cdat,

    /// <summary><c>CON</c>: Comment on.</summary>
    Con,

    /// <summary><c>CIN</c>: Comment in.</summary>
    Cin,

    /// <summary><c>EIN</c>: Erratum in.</summary>
    Ein,

    /// <summary><c>EFR</c>: Erratum for.</summary>
    Efr,

    /// <summary><c>CRI</c>: Corrected and republished in.</summary>
    Cri,

    /// <summary><c>CRF</c>: Corrected and republished from.</summary>
    Crf,

    /// <summary><c>RIN</c>: Retraction in.</summary>
    Rin,

    /// <summary><c>ROF</c>: Retraction of.</summary>
    Rof,

    /// <summary><c>RRI</c>: Retracted and republished in.</summary>
    Rri,

    /// <summary><c>RRF</c>: Retracted and republished from.</summary>
    Rrf,

    /// <summary><c>PRIN</c>: Partial retraction in.</summary>
    Prin,

    /// <summary><c>PROF</c>: Partial retraction of.</summary>
    Prof,

    /// <summary><c>RPI</c>: Republished in.</summary>
    Rpi,

    /// <summary><c>RPF</c>: Republished from.</summary>
    Rpf,

    /// <summary><c>UIN</c>: Update in.</summary>
    Uin,

    /// <summary><c>UOF</c>: Update of.</summary>
    Uof,

    /// <summary><c>SPIN</c>: Summary for patients in.</summary>
    Spin,

    /// <summary><c>ORI</c>: Original report in.</summary>
    Ori,

    /// <summary><c>ECI</c>: Expression of concern in.</summary>
    Eci,

    /// <summary><c>ECF</c>: Expression of concern for.</summary>
    Ecf,

    /// <summary><c>DDIN</c>: Dataset described in.</summary>
    Ddin,

    /// <summary><c>DRIN</c>: Dataset use reported in.</summary>
    Drin,

    /// <summary><c>KW</c>: Keyword (KoreaMed and other non-NLM producers).</summary>
    Kw,

    /// <summary><c>ISSN</c>: ISSN as ERIC writes it (<c>EISSN-2375-5636</c>); read like <c>IS</c>.</summary>
    Issn,

    /// <summary><c>AA</c>: Abstract author (legacy MEDLARS).</summary>
    Aa,

    /// <summary><c>CA</c>: Call number (legacy MEDLARS).</summary>
    Ca,

    /// <summary><c>CM</c>: Comments (legacy MEDLARS).</summary>
    Cm,

    /// <summary><c>CU</c>: Class update date (legacy MEDLARS).</summary>
    Cu,

    /// <summary><c>CY</c>: Country (legacy MEDLARS).</summary>
    Cy,

    /// <summary><c>EA</c>: English abstract flag (legacy MEDLARS).</summary>
    Ea,

    /// <summary><c>EM</c>: Entry month (legacy MEDLARS).</summary>
    Em,

    /// <summary><c>ID</c>: Identification or grant number (legacy MEDLARS).</summary>
    Id,

    /// <summary><c>JC</c>: Journal title code (legacy MEDLARS).</summary>
    Jc,

    /// <summary><c>LI</c>: Special list indicator (legacy MEDLARS).</summary>
    Li,

    /// <summary><c>MN</c>: MeSH tree number (legacy MEDLARS).</summary>
    Mn,

    /// <summary><c>MR</c>: Major revision date (legacy MEDLARS).</summary>
    Mr,

    /// <summary><c>NI</c>: No-author indicator (legacy MEDLARS).</summary>
    Ni,

    /// <summary><c>RO</c>: Record originator (legacy MEDLARS).</summary>
    Ro,

    /// <summary><c>SH</c>: Subheadings (legacy MEDLARS).</summary>
    Sh,

    /// <summary><c>UI</c>: MEDLINE unique identifier, the pre-PMID id (legacy MEDLARS).</summary>
    Ui,

    /// <summary><c>YR</c>: Year (legacy MEDLARS).</summary>
    Yr,
}
