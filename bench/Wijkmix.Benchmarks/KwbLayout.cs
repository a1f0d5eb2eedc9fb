namespace Wijkmix.Benchmarks;

/// <summary>The column layout of CBS's "Kerncijfers wijken en buurten" file (kwb-2024), as CBS publishes it.</summary>
internal static class KwbLayout
{
    /// <summary>
    /// The header line of kwb-2024 (converted to ';'-separated text, 121 columns), copied verbatim from
    /// CBS-Utrecht-kwb-2024.converted.csv so the benchmark needs no file outside this repository.
    /// </summary>
    public const string Header =
        "gwb_code_10;gwb_code_8;regio;gm_naam;recs;gwb_code;ind_wbi;a_inw;a_man;a_vrouw;a_00_14;a_15_24;a_25_44;a_45_64;a_65_oo;a_ongeh;a_gehuwd;a_gesch;a_verwed;a_nl_all;a_eur_al;a_neu_al;a_geb_nl;a_geb_eu;a_geb_ne;a_gbl_eu;a_gbl_ne;a_geb;p_geb;a_ste;p_ste;a_hh;a_1p_hh;a_hh_z_k;a_hh_m_k;g_hhgro;bev_dich;a_woning;g_wozbag;p_1gezw;p_mgezw;p_bewndw;p_leegsw;p_koopw;p_huurw;p_wcorpw;p_ov_hw;p_e_o_w;p_bjj2k;p_bjo2k;g_ele;g_ele_ap;g_ele_tw;g_ele_hw;g_ele_2w;g_ele_vw;g_ele_hu;g_ele_ko;g_gas;g_gas_ap;g_gas_tw;g_gas_hw;g_gas_2w;g_gas_vw;g_gas_hu;g_gas_ko;p_stadsv;a_opl_lg;a_opl_md;a_opl_hg;p_arb_pp;p_arb_wn;p_arb_zs;a_inkont;g_ink_po;g_ink_pi;p_ink_li;p_ink_hi;g_hh_sti;p_hh_li;p_hh_hi;p_hh_lkk;p_hh_osm;p_hh_110;p_hh_120;m_hh_ver;a_soz_wb;a_soz_ao;a_soz_ww;a_soz_ow;a_jz_tn;p_jz_tn;a_wmo_t;p_wmo_t;a_bedv;a_bed_a;a_bed_bf;a_bed_gi;a_bed_hj;a_bed_kl;a_bed_mn;a_bed_oq;a_bed_ru;a_pau;a_bst_b;a_bst_nb;g_pau_hh;g_pau_km;a_m2w;g_afs_hp;g_afs_gs;g_afs_kv;g_afs_sc;g_3km_sc;a_opp_ha;a_lan_ha;a_wat_ha;pst_mvp;pst_dekp;ste_mvs;ste_oad";

    public static IReadOnlyList<string> Columns { get; } = Header.Split(';');
}
